package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.testing.HeadlessChrome;
import org.masthead.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader on the demo site, in a real browser: from the front page to a story, on a desktop and on a phone. */
@Tag("browser")
class ReaderJourneyBrowserTest {
    private static final TestServer demo = TestServer.demo();
    private static HeadlessChrome browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChrome.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void a_reader_follows_the_lead_story_and_sees_its_picture_credit_tags_and_the_appeal() {
        browser.viewport(1280, 900);
        var driver = browser.driver;
        driver.get(demo.url("/"));
        WebElement lead = driver.findElement(By.cssSelector(".front__lead .teaser__headline a"));
        String headline = lead.getText();
        assertThat(headline).isNotBlank();

        lead.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.story__headline")));

        assertThat(driver.findElement(By.cssSelector("h1.story__headline")).getText()).isEqualTo(headline);
        assertThat(driver.getTitle()).isEqualTo(headline + " – The Lantern");
        assertThat(driver.findElement(By.cssSelector("figure.story__figure img")).isDisplayed()).isTrue();
        WebElement caption = driver.findElement(By.cssSelector("figure.story__figure figcaption .story__caption"));
        WebElement credit = driver.findElement(By.cssSelector("figure.story__figure figcaption .story__credit"));
        assertThat(caption.isDisplayed()).isTrue();
        assertThat(caption.getText()).isNotBlank();
        assertThat(credit.isDisplayed()).isTrue();
        assertThat(credit.getText()).isNotBlank();
        List<WebElement> tags = driver.findElements(By.cssSelector(".story__tags a[rel=tag]"));
        assertThat(tags).isNotEmpty().allMatch(WebElement::isDisplayed);
        WebElement appeal = driver.findElement(By.cssSelector(".appeal"));
        assertThat(appeal.isDisplayed()).isTrue();
        assertThat(appeal.getText()).contains("small independent team").contains("donation");
        WebElement give = appeal.findElement(By.cssSelector("a[href='/support/']"));
        assertThat(give.isDisplayed()).isTrue();
        assertThat(give.getText()).isNotBlank();
    }

    @Test
    void on_a_phone_the_story_fits_the_screen_without_sideways_scrolling() {
        browser.viewport(390, 844);
        var driver = browser.driver;
        driver.get(demo.url("/"));
        assertThat(horizontalOverflow()).as("front page").isLessThanOrEqualTo(0);
        String story = driver.findElement(By.cssSelector(".front__lead .teaser__headline a")).getDomAttribute("href");

        driver.get(demo.url(story));

        assertThat(((Number) driver.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
        assertThat(driver.findElement(By.cssSelector("h1.story__headline")).isDisplayed()).isTrue();
        WebElement picture = driver.findElement(By.cssSelector("figure.story__figure img"));
        assertThat(picture.isDisplayed()).isTrue();
        assertThat(picture.getRect().getWidth()).isBetween(200, 390);
        assertThat(horizontalOverflow()).as("story page").isLessThanOrEqualTo(0);
    }

    /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
    private static int horizontalOverflow() {
        return ((Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
