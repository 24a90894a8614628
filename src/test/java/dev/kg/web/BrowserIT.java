package dev.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.serve.KgServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): what is visible, where a click leads, and a
 * query run in the Fuseki UI's editor.
 * Screenshots go to {@code target/screenshots/}. Without the browser the test fails, so that CI cannot
 * pass without it; {@code KG_NO_BROWSER=1} skips it on a machine that has none.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PERSON = SeedServer.BASE + "xuzhou-2005/person/gu-xing";

    private static KgServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) {
        Assumptions.assumeFalse("1".equals(System.getenv("KG_NO_BROWSER")), "KG_NO_BROWSER=1: browser test skipped");
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), CHROMIUM + " and " + CHROMEDRIVER
                + " are needed: apt-get install -y chromium chromium-driver (or set KG_NO_BROWSER=1 to skip this test)");
        server = SeedServer.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1600", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aReaderFollowsAMentionFromTheArticleToThePerson() throws IOException {
        // the article's IRI, as a browser asks for it: 303 to the page
        browser.get(SeedServer.local(server, SeedServer.ARTICLE));
        assertTrue(browser.getCurrentUrl().contains("/page/kgnews/id/xuzhou-2005"), browser.getCurrentUrl());
        assertEquals("xuzhou-2005", browser.findElement(By.tagName("h1")).getText());
        WebElement text = browser.findElement(By.cssSelector("div.text"));
        assertTrue(text.isDisplayed());
        assertTrue(text.getText().startsWith("9月12日至13日"), "the article's text is shown");
        List<WebElement> mentions = browser.findElements(By.cssSelector("div.text a.mention"));
        assertTrue(mentions.size() > 20, mentions.size() + " mentions linked");
        WebElement diagram = browser.findElement(By.cssSelector("figure#diagram svg"));
        assertTrue(diagram.isDisplayed() && diagram.getSize().getWidth() > 100, "the article's diagram is drawn");
        screenshot("article");

        WebElement first = browser.findElements(By.cssSelector("div.text a.mention.person")).stream()
                .filter(a -> a.getText().equals("顧星")).findFirst().orElseThrow();
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/person/gu-xing"));
        assertEquals("顾星", browser.findElement(By.tagName("h1")).getText(), "the person's page, by name");
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("顧星") && body.contains("gù xīng"), "names in traditional script and pinyin");
        assertTrue(body.contains("Positions") && body.contains("Events"), "positions and events");
        WebElement mark = browser.findElement(By.tagName("mark"));
        assertTrue(mark.isDisplayed() && mark.getText().equals("顧星"), "the source sentence with the mention highlighted");
        screenshot("person");
    }

    @Test
    void aReaderSearchesFromTheSearchBox() throws IOException {
        browser.get(SeedServer.local(server, PERSON));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("检查组");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search"));
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("中央巡回检查组"), "the team is found");
        assertFalse(browser.findElements(By.tagName("mark")).isEmpty(), "matches highlighted");
        screenshot("search");
        browser.findElement(By.linkText("中央巡回检查组")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/org/"));
        assertEquals("中央巡回检查组", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theQueryEditorRunsAQuery() throws Exception {
        String root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Assumptions.assumeTrue(root.toLowerCase(Locale.ROOT).contains("fuseki"), "no Fuseki UI on this server");
        browser.get("http://localhost:" + server.port() + Html.QUERY_EDITOR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "顾星"));
        screenshot("query-editor");
        // every person's name in the data is in the result table the person sees
        String table = browser.findElement(By.cssSelector(".yasr")).getText();
        List<String> names = Txn.calculateRead(SeedServer.dataset(), () -> SeedServer.dataset().getUnionGraph()
                .find(Node.ANY, FOAF.name.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertFalse(names.isEmpty());
        names.forEach(name -> assertTrue(table.contains(name), name + " in the results"));
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
