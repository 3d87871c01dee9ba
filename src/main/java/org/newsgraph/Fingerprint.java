package org.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.Producer;

/**
 * Works out the running {@link Producer}: the version the build wrote into
 * {@code org/newsgraph/newsgraph.properties}, a SHA-256 over every bundled data file under
 * {@code org/newsgraph/} (rules, word lists, gazetteers; NOTICE files aside) and one over the
 * models ({@code .bin} files there, and the names of the OpenNLP model resources, which carry
 * their versions). Reads a few MB; no model is loaded.
 */
public final class Fingerprint {
    private static final String ROOT = "org/newsgraph/";
    private static final String PROPERTIES = ROOT + "newsgraph.properties";

    private Fingerprint() {
    }

    /** The producer of graphs extracted by this build. */
    public static Producer current() {
        MessageDigest rules = sha256();
        MessageDigest models = sha256();
        for (String resource : dataResources()) {
            MessageDigest d = resource.endsWith(".bin") ? models : rules;
            d.update(resource.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    byte[] buf = new byte[65536];
                    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                        d.update(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        NlpModels.resources().forEach(r -> models.update(r.getBytes(StandardCharsets.UTF_8)));
        return new Producer(version(), HexFormat.of().formatHex(rules.digest()), HexFormat.of().formatHex(models.digest()));
    }

    /** The newsgraph version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES, e);
        }
        return p.getProperty("version", "unknown");
    }

    /** The data files under org/newsgraph/ in the jar or classes folder this class came from, sorted. */
    static List<String> dataResources() {
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve(ROOT))) {
                    files.filter(Files::isRegularFile)
                            .map(f -> location.relativize(f).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        JarEntry entry = e.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
                            names.add(entry.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled data files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream()
                .filter(n -> !n.endsWith(".class") && !n.equals(PROPERTIES))
                .filter(n -> !n.substring(n.lastIndexOf('/') + 1).startsWith("NOTICE"))
                .sorted()
                .toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
