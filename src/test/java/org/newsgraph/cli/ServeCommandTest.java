package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph serve} as a user runs it: its own JVM, a real port on 127.0.0.1, and a
 * termination signal (what Ctrl-C sends) to stop it.
 */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/newsgraph)/sparql");

    @TempDir
    Path dir;

    @Test
    void servesReadOnlyLogsEachRequestAndStopsCleanly() throws Exception {
        Path db = dir.resolve("db");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                lines.add("(output closed: " + e + ")");
            }
        });
        pump.setDaemon(true);
        pump.start();
        List<String> seen = new ArrayList<>();
        try {
            String url = null;
            while (url == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertNotNull(line, "serve did not start: " + seen);
                seen.add(line);
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(seen.stream().anyMatch(l -> l.contains("read-only")), seen.toString());

            HttpClient http = HttpClient.newHttpClient();
            String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/sparql?query=" + ask))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"boolean\"") && answer.body().contains("false"), answer.body());

            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url + "/data?graph=urn:x"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400, "read-only: a Graph Store Protocol PUT must fail, got " + put.statusCode());

            String logged = null;
            while (logged == null) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                assertNotNull(line, "no request log line: " + seen);
                seen.add(line);
                if (line.contains("\"GET /newsgraph/sparql") && line.contains(" 200 ")) {
                    logged = line;
                }
            }
        } finally {
            serve.toHandle().destroy(); // SIGTERM, which runs the shutdown hook as Ctrl-C does; keeps the output open
        }
        boolean stopped = serve.waitFor(30, TimeUnit.SECONDS);
        if (!stopped) {
            serve.destroyForcibly();
        }
        assertTrue(stopped, "serve did not stop: " + seen);
        pump.join(5_000);
        lines.drainTo(seen);
        assertTrue(seen.stream().anyMatch(l -> l.contains("stopped, store closed")), seen.toString());
        try (GraphStore reopened = GraphStore.embedded(db)) {
            assertEquals(0, reopened.articles().size(), "the store is released and usable after the stop");
        }
    }
}
