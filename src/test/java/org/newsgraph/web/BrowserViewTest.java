package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;
import org.newsgraph.cli.Main;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser view in a real browser: headless Chromium from the distribution's packages, driven
 * through {@code /usr/bin/chromedriver} (so Selenium Manager downloads nothing), against
 * {@code newsgraph serve} in its own JVM over a store holding the seed and an article with a
 * script in its text. Screenshots of each page go to {@code target/screenshots/}.
 *
 * <p>Without Chromium the test is skipped, except under CI ({@code CI=true}), where
 * {@code .ci/run} installs it and a missing browser is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserViewTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Pattern VIEW = Pattern.compile("browser view at (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A short news text whose body quotes markup: it must show as text and never run. */
    private static final String SCRIPT_ARTICLE = """
            Hackers deface a ministry website in Seoul

            SEOUL, May 3 - South Korea's science ministry said on Tuesday that hackers had placed a \
            line reading <script>alert(1)</script> on its public website. Officials in Seoul said no \
            data was taken, and the Pentagon offered help with the investigation.
            """;

    private Process serve;
    private String base;
    private final List<String> serveOutput = new ArrayList<>();

    @BeforeAll
    void ingestAndServe(@TempDir Path dir) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean browser = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (ci) {
            assertTrue(browser, "CI needs chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(browser, "needs chromium and chromium-driver (apt-get install chromium chromium-driver)");

        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("seeds", "000_5e68b89ffc9390b7.txt"), articles.resolve("seed.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(articles.resolve("defaced.txt"), SCRIPT_ARTICLE);
        Path db = dir.resolve("db");
        CliRun ingest = CliRun.run("ingest", "--store", db.toString(), articles.toString());
        assertEquals(0, ingest.exitCode(), ingest.toString());
        assertTrue(ingest.out().startsWith("ingested 2 articles"), ingest.out());

        serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("(output closed: " + e + ")");
            }
        }, "serve-output");
        pump.setDaemon(true);
        pump.start();
        while (base == null) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertNotNull(line, "serve did not start: " + serveOutput);
            serveOutput.add(line);
            Matcher m = VIEW.matcher(line);
            if (m.find()) {
                base = m.group(1);
            }
        }
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.toHandle().destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static WebDriver browser(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void searchEntityGraphAndArticleInTheBrowser() throws IOException {
        WebDriver driver = browser(true);
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);

            // search with the type-ahead
            driver.get(base + "/");
            WebElement q = driver.findElement(By.id("q"));
            q.sendKeys("Kim");
            WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//ul[@id='suggestions']//a[.//span[text()='Kim Sung-Han']]")));
            assertTrue(suggestion.getText().toLowerCase(java.util.Locale.ROOT).contains("person · 1 article"), suggestion.getText());
            screenshot(driver, "search");
            suggestion.click();

            // Kim Sung-Han's page: a highlighted evidence sentence and a `said` fact
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kim Sung-Han"));
            List<WebElement> marked = driver.findElements(By.cssSelector("blockquote.evidence mark.hl-subject"));
            assertFalse(marked.isEmpty(), "an evidence sentence with the entity marked");
            assertTrue(driver.findElements(By.cssSelector("blockquote.evidence mark.hl-object")).size() > 0,
                    "and the other party marked");
            WebElement said = driver.findElement(By.cssSelector("section.group[data-predicate='said'] li.fact"));
            assertTrue(said.getText().contains("getting the munitions to Ukraine"), said.getText());
            assertTrue(driver.findElement(By.cssSelector("section.timeline")).getText().toLowerCase(java.util.Locale.ROOT).contains("proposed"));
            screenshot(driver, "entity");

            // graph view: click South Korea's node, which shows it; open its page
            driver.findElement(By.linkText("Graph view")).click();
            WebElement cy = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cy[data-ready='true']")));
            String southKorea = "country/south-korea";
            clickNode(driver, cy, southKorea);
            WebElement open = wait.until(ExpectedConditions.elementToBeClickable(By.id("open-entity")));
            assertEquals("Open South Korea’s page", open.getText());
            long before = nodeCount(driver);
            clickNode(driver, cy, southKorea); // a second click expands it
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel"), "Its neighbours are shown."));
            assertTrue(nodeCount(driver) > before, "expanding South Korea adds its neighbours");
            screenshot(driver, "graph");
            driver.findElement(By.id("open-entity")).click();

            // South Korea's page
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "South Korea"));
            assertEquals("country", driver.findElement(By.cssSelector("p.meta .type")).getText().toLowerCase(java.util.Locale.ROOT));
            WebElement adviser = driver.findElement(By.cssSelector("section.group[data-predicate='adviserTo']"));
            assertTrue(adviser.getText().contains("Kim Sung-Han"), adviser.getText());
            screenshot(driver, "country");

            // the article with markup in its text: shown as text, never run
            driver.findElement(By.partialLinkText("Hackers deface")).click();
            WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-page .text")));
            assertTrue(text.getText().contains("<script>alert(1)</script>"), text.getText());
            assertTrue(driver.findElements(By.cssSelector("main script")).isEmpty(), "no script element in the page body");
            assertNoAlert(driver);
            assertFalse(driver.findElements(By.cssSelector(".text mark.mention.t-location")).isEmpty(), "Seoul marked as a place");
            screenshot(driver, "article");
        } finally {
            driver.quit();
        }
    }

    @Test
    void searchAndEntityPageWorkWithoutJavaScript() throws IOException {
        WebDriver driver = browser(false);
        try {
            driver.get(base + "/");
            WebElement q = driver.findElement(By.id("q"));
            q.sendKeys("kim");
            q.submit();
            WebElement hit = new WebDriverWait(driver, WAIT).until(
                    ExpectedConditions.elementToBeClickable(By.linkText("Kim Sung-Han")));
            assertTrue(driver.findElement(By.cssSelector("section.results h2")).getText().startsWith("2 entities"));
            assertTrue(driver.findElements(By.cssSelector("#suggestions li")).isEmpty(), "no type-ahead without script");
            screenshot(driver, "search-no-js");
            hit.click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Kim Sung-Han"));
            assertFalse(driver.findElements(By.cssSelector("section.group[data-predicate='said'] blockquote.evidence mark")).isEmpty());
            screenshot(driver, "entity-no-js");
        } finally {
            driver.quit();
        }
    }

    /** A real mouse click on a node of the graph, at the position cytoscape drew it. */
    private static void clickNode(WebDriver driver, WebElement cy, String id) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var n = window.newsgraphGraph.getElementById(arguments[0]); var p = n.renderedPosition(); return [p.x, p.y];", id);
        int dx = (int) Math.round(p.get(0).doubleValue() - cy.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(p.get(1).doubleValue() - cy.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(cy, dx, dy).click().perform();
    }

    private static long nodeCount(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.newsgraphGraph.nodes().length;")).longValue();
    }

    private static void assertNoAlert(WebDriver driver) {
        try {
            String alert = driver.switchTo().alert().getText();
            throw new AssertionError("a script ran and opened an alert: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
