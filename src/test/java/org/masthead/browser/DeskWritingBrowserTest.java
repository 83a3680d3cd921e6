package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.articles.PublicationScheduler;
import org.masthead.testing.Fixtures;
import org.masthead.testing.HeadlessChrome;
import org.masthead.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk in a real browser: an editor writes a story with a picture, previews it, schedules it a minute ahead
 * and sees it on the front page on time; a contributor finds no way to publish, and a forged attempt is refused.
 */
@Tag("browser")
class DeskWritingBrowserTest {
    private static final String PASSWORD = "a long desk password for tests";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private TestServer server;
    private PublicationScheduler scheduler;
    private HeadlessChrome browser;

    @BeforeEach
    void start() {
        server = TestServer.empty();
        new Fixtures(server.newsroom).basics();
        // As `serve` runs it, checking every second instead of every 15 so the test waits no longer than it must.
        scheduler = new PublicationScheduler(server.newsroom.articles, 1);
        browser = HeadlessChrome.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        scheduler.close();
        server.close();
    }

    private void signIn(String email) {
        WebDriver driver = browser.driver;
        driver.get(server.url("/desk/sign-in/"));
        driver.findElement(By.id("signin-email")).sendKeys(email);
        driver.findElement(By.id("signin-password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/desk/sign-in/'] button[type=submit]")).click();
        await().until(ExpectedConditions.urlMatches("/desk/$"));
    }

    private WebDriverWait await() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    @Test
    void an_editor_writes_previews_and_schedules_a_story_that_appears_on_the_home_page_on_time() throws IOException {
        server.newsroom.staff.add("erin@example.org", "Erin Editor", Role.EDITOR, PASSWORD, "");
        WebDriver driver = browser.driver;
        signIn("erin@example.org");

        driver.get(server.url("/desk/articles/new/"));
        driver.findElement(By.id("title")).sendKeys("Night ferry returns to the harbour");
        await().until(d -> !d.findElement(By.id("slug")).getDomProperty("value").isEmpty()); // suggested by the script
        assertThat(driver.findElement(By.id("slug")).getDomProperty("value")).isEqualTo("night-ferry-returns-to-the-harbour");
        driver.findElement(By.id("dek")).sendKeys("After two winters away, the ferry sails again.");
        driver.findElement(By.id("body")).sendKeys("The ferry left at ten.");
        driver.findElement(By.cssSelector("button[data-mark=bold]")).click(); // adds **bold text** at the caret
        assertThat(driver.findElement(By.id("body")).getDomProperty("value")).contains("**bold text**");
        assertThat(driver.findElement(By.cssSelector("[data-word-count]")).getText()).isEqualTo("7");
        driver.findElement(By.cssSelector("button[data-preview-toggle]")).click();
        await().until(d -> d.findElement(By.cssSelector("#body-preview strong")).getText().equals("bold text"));
        driver.findElement(By.id("section-news")).click();
        driver.findElement(By.id("picture")).sendKeys(picture().toString());
        driver.findElement(By.id("image_alt")).sendKeys("A white ferry at a stone quay at night");
        driver.findElement(By.id("image_caption")).sendKeys("The ferry at the north quay");
        driver.findElement(By.id("image_credit")).sendKeys("Erin Editor");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        await().until(ExpectedConditions.urlContains("done=save"));
        assertThat(driver.findElement(By.cssSelector("[role=status].notice")).getText()).isEqualTo("Saved.");

        driver.findElement(By.linkText("Full preview")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.story__headline")));
        assertThat(driver.findElement(By.cssSelector("h1.story__headline")).getText()).isEqualToIgnoringCase("Night ferry returns to the harbour");
        assertThat(driver.findElement(By.cssSelector("figure.story__figure img")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".story__body strong")).getText()).isEqualTo("bold text");
        driver.navigate().back();

        Instant at = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('publish_at').value = arguments[0]", LOCAL.format(at));
        driver.findElement(By.cssSelector("button[value=schedule]")).click();
        await().until(ExpectedConditions.urlContains("done=schedule"));
        driver.get(server.url("/"));
        assertThat(driver.getPageSource()).doesNotContain("Night ferry returns");

        // Waits for the scheduled time (about a minute), then looks at the front page as a reader.
        new WebDriverWait(driver, Duration.ofSeconds(85), Duration.ofSeconds(2)).until(d -> {
            d.get(server.url("/"));
            return d.getPageSource().contains("Night ferry returns to the harbour");
        });
        assertThat(Instant.now()).isAfterOrEqualTo(at);
        assertThat(driver.findElement(By.cssSelector(".front__lead .teaser__headline")).getText())
                .isEqualToIgnoringCase("Night ferry returns to the harbour");
    }

    @Test
    void a_contributor_finds_no_publish_button_and_a_forged_one_is_refused() {
        server.newsroom.staff.add("cora@example.org", "Cora Contributor", Role.CONTRIBUTOR, PASSWORD, "");
        WebDriver driver = browser.driver;
        signIn("cora@example.org");

        driver.get(server.url("/desk/articles/new/"));
        driver.findElement(By.id("title")).sendKeys("Library hours cut");
        driver.findElement(By.id("body")).sendKeys("The library will close on Mondays.");
        assertThat(driver.findElements(By.cssSelector("button[value=publish], button[value=schedule]"))).isEmpty();
        driver.findElement(By.cssSelector("button[value=save]")).click();
        await().until(ExpectedConditions.urlContains("done=save"));

        // What a page edited in the browser's developer tools could send: the server still says no.
        ((JavascriptExecutor) driver).executeScript("""
                var b = document.querySelector('button[value=save]');
                b.value = 'publish';
                b.click();""");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "may save drafts but not publish"));
        assertThat(server.newsroom.articles.refBySlug("library-hours-cut").orElseThrow().published()).isFalse();
    }

    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 30, 60));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.fillRect(300, 420, 600, 120);
        g.dispose();
        Path file = Files.createTempFile("ferry-", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
