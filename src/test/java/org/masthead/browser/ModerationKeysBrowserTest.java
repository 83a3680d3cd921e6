package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.comments.NewComment;
import org.masthead.testing.DeskUser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.HeadlessChrome;
import org.masthead.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A moderator in a real browser clears the held queue with the keyboard: j to move, a to approve, r to reject. */
@Tag("browser")
class ModerationKeysBrowserTest {
    private TestServer server;
    private HeadlessChrome chrome;

    @BeforeEach
    void start() {
        server = TestServer.empty();
        chrome = HeadlessChrome.start();
    }

    @AfterEach
    void stop() {
        if (chrome != null) chrome.close();
        server.close();
    }

    @Test
    void a_moderator_approves_one_held_comment_with_a_and_rejects_another_with_r() {
        Fixtures fixtures = new Fixtures(server.newsroom).basics();
        long article = fixtures.publish("Night buses cut", "The county will end night buses in June.");
        long fair = hold(article, "Ceri", "Cutting night buses strands shift workers.");
        long abusive = hold(article, "Dai", "The transport chief is vermin and should be strung up.");
        StaffMember moderator = DeskUser.newMember(server, Role.MODERATOR);
        WebDriver driver = chrome.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        driver.get(server.url("/desk/moderation/held/"));
        wait.until(ExpectedConditions.urlContains("/desk/sign-in/"));
        driver.findElement(By.id("signin-email")).sendKeys(moderator.email());
        driver.findElement(By.id("signin-password")).sendKeys(DeskUser.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/desk/sign-in/'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/desk/moderation/held/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c-" + fair)));

        // Oldest first: the fair comment is first. j focuses it, a approves it.
        keys("j");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("c-" + fair);
        keys("a");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "1 comment approved."));
        assertThat(driver.findElements(By.id("c-" + fair))).isEmpty();

        keys("j");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("c-" + abusive);
        assertThat(driver.findElement(By.id("reason-" + abusive)).getDomProperty("value")).isEqualTo("violence");
        keys("r");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "1 comment rejected"));
        assertThat(driver.findElements(By.cssSelector(".mod-item"))).isEmpty();

        driver.get(server.url(fixtures.path(article)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-" + fair)));
        assertThat(driver.findElement(By.id("comment-" + fair)).getText()).contains("Cutting night buses strands shift workers.");
        assertThat(driver.getPageSource()).doesNotContain("strung up");
        assertThat(server.newsroom.comments.find(abusive).status()).isEqualTo("rejected");
    }

    private long hold(long article, String name, String text) {
        return server.newsroom.comments.holdAsOf(new NewComment(article, null, name, name.toLowerCase() + "@example.org",
                text, false, null, null, null), Instant.now(), "A call for violence, maybe.").comment().id();
    }

    private void keys(String keys) {
        new Actions(chrome.driver).sendKeys(keys).perform();
    }
}
