package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two readers on the same article in two browsers: one comments and replies inline without the page reloading,
 * the other sees both arrive live, the reply nested under its comment.
 */
@Tag("browser")
class LiveCommentsBrowserTest {
    private final TestServer server = TestServer.empty();
    private final String articlePath;
    private Chromium olena;
    private Chromium taras;

    LiveCommentsBrowserTest() {
        long id = new Fixtures(server.newsroom).basics().publish("Council votes on the bridge", "The council met.");
        articlePath = server.newsroom.articles.ref(id).orElseThrow().path();
    }

    @AfterEach
    void stop() {
        if (olena != null) olena.close();
        if (taras != null) taras.close();
        server.close();
    }

    @Test
    void a_reader_comments_and_replies_inline_and_another_reader_sees_both_arrive_live() {
        olena = new Chromium();
        taras = new Chromium();
        open(taras);
        open(olena);
        markPage(olena.driver);

        // Olena comments: the page does not reload, the comment appears at the end of the list.
        type(olena.driver, "#comment-name", "Olena");
        type(olena.driver, "#comment-email", "olena@example.org");
        type(olena.driver, "#comment-text", "The bridge is long overdue.");
        olena.driver.findElement(By.cssSelector("form[data-comment-form] button[type=submit]")).click();
        WebElement first = olena.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("ol[data-comment-list] > li.comment")));
        String firstId = first.getAttribute("id");
        assertThat(first.getText()).contains("Olena").contains("The bridge is long overdue.");
        assertThat(olena.driver.findElement(By.id("comment-text")).getAttribute("value")).isEmpty();
        assertThat(olena.driver.findElement(By.id("comments-title")).getText()).isEqualToIgnoringCase("1 comment"); // styled in capitals
        assertThat(pageIsTheSame(olena.driver)).isTrue();

        // Taras sees it arrive live, announced to screen readers.
        taras.await().until(ExpectedConditions.presenceOfElementLocated(By.id(firstId)));
        taras.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-live-status]"),
                "New comment from Olena"));
        assertThat(taras.driver.findElement(By.id("comments-title")).getText()).isEqualToIgnoringCase("1 comment"); // styled in capitals

        // Olena replies inline: the form moves under her comment, with the text field focused.
        olena.driver.findElement(By.cssSelector("#" + firstId + " a.comment__reply")).click();
        WebElement form = olena.driver.findElement(By.cssSelector("form[data-comment-form]"));
        assertThat(olena.driver.findElements(By.cssSelector("#" + firstId + " > form[data-comment-form]"))).hasSize(1);
        assertThat(form.findElement(By.cssSelector("input[name=parent]")).getAttribute("value"))
                .isEqualTo(firstId.substring("comment-".length()));
        assertThat(olena.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("comment-text");
        assertThat(form.findElement(By.cssSelector(".comment-form__context")).getText()).isEqualTo("Reply to Olena");
        olena.driver.switchTo().activeElement().sendKeys("And cheaper than the ferry in ten years.");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        By nestedReply = By.cssSelector("#" + firstId + " > ol.comment__replies > li.comment");
        WebElement reply = olena.await().until(ExpectedConditions.presenceOfElementLocated(nestedReply));
        assertThat(reply.getText()).contains("cheaper than the ferry");
        assertThat(pageIsTheSame(olena.driver)).isTrue();
        assertThat(olena.driver.findElements(By.cssSelector("#" + firstId + " form[data-comment-form]")))
                .as("the form went back to its place").isEmpty();
        assertThat(olena.driver.findElement(By.cssSelector("form[data-comment-form] input[name=parent]"))
                .getAttribute("value")).isEmpty();

        // Taras sees the reply arrive, nested under Olena's comment.
        WebElement live = taras.await().until(ExpectedConditions.presenceOfElementLocated(nestedReply));
        assertThat(live.getText()).contains("cheaper than the ferry");
        assertThat(live.getAttribute("id")).isEqualTo(reply.getAttribute("id"));
        taras.await().until(ExpectedConditions.attributeToBe(By.id("comments-title"), "textContent", "2 comments"));
        assertThat(taras.driver.findElements(By.cssSelector("li.comment"))).hasSize(2);
        assertThat(olena.consoleErrors()).isEmpty();
        assertThat(taras.consoleErrors()).isEmpty();
    }

    @Test
    void a_refused_comment_shows_the_reason_in_the_form_and_keeps_the_text_and_the_name_is_remembered() {
        olena = new Chromium();
        open(olena);
        markPage(olena.driver);
        type(olena.driver, "#comment-name", "Olena");
        type(olena.driver, "#comment-email", "olena@example.org");
        type(olena.driver, "#comment-text", "Look: <iframe src=x>");
        olena.driver.findElement(By.cssSelector("form[data-comment-form] button[type=submit]")).click();

        WebElement alert = olena.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[data-comment-form] [role=alert]")));
        assertThat(alert.getText()).isEqualTo(
                "Comments cannot contain HTML code. Use *italic*, **bold**, > quotes and plain links.");
        assertThat(olena.driver.findElement(By.id("comment-text")).getAttribute("value")).isEqualTo("Look: <iframe src=x>");
        assertThat(olena.driver.findElements(By.cssSelector("li.comment"))).isEmpty();
        assertThat(pageIsTheSame(olena.driver)).isTrue();

        // Fixed and posted, the name and email are remembered for the next visit (filled in by the script).
        WebElement text = olena.driver.findElement(By.id("comment-text"));
        text.clear();
        text.sendKeys("Look at the plans on the council's site.");
        olena.driver.findElement(By.cssSelector("form[data-comment-form] button[type=submit]")).click();
        olena.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.comment")));
        open(olena);
        olena.await().until(ExpectedConditions.attributeToBe(By.id("comment-name"), "value", "Olena"));
        assertThat(olena.driver.findElement(By.id("comment-email")).getAttribute("value")).isEqualTo("olena@example.org");
    }

    // --- helpers ---

    /** Opens the article and waits until its live stream is connected. */
    private void open(Chromium browser) {
        browser.driver.get(server.url(articlePath));
        browser.await().until(ExpectedConditions.attributeToBe(By.cssSelector("section.comments"), "data-live", "open"));
    }

    /** A variable that only survives if the page is never reloaded. */
    private static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.mastheadTestMarker = 'still the same page';");
    }

    private static boolean pageIsTheSame(WebDriver driver) {
        return "still the same page".equals(((JavascriptExecutor) driver).executeScript("return window.mastheadTestMarker;"));
    }

    private static void type(WebDriver driver, String selector, String text) {
        WebElement field = driver.findElement(By.cssSelector(selector));
        field.clear();
        field.sendKeys(text);
    }
}
