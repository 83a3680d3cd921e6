package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.accounts.StaffMember;
import org.masthead.desk.Totp;
import org.masthead.testing.DeskUser;
import org.masthead.testing.HeadlessChrome;
import org.masthead.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A member of staff in a real browser: sent to sign in, turns on two-step sign-in, and signs in with a code. */
@Tag("browser")
class DeskTwoFactorBrowserTest {
    private static TestServer server;
    private static HeadlessChrome browser;

    @BeforeAll
    static void start() {
        server = TestServer.empty();
        browser = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_and_two_step_sign_in_works_end_to_end() {
        StaffMember editor = DeskUser.newMember(server, Role.EDITOR);
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        driver.get(server.url("/desk/account/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url("/desk/sign-in/?next=%2Fdesk%2Faccount%2F"));
        signIn(driver, editor);
        wait.until(ExpectedConditions.urlToBe(server.url("/desk/account/")));

        driver.findElement(By.linkText("Turn on two-step sign-in")).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-secret"))).getText()
                .replace(" ", "");
        assertThat(driver.findElement(By.cssSelector("img.qr")).getSize().getWidth()).isEqualTo(200);
        driver.findElement(By.id("totp-code")).sendKeys(currentCode(secret));
        driver.findElement(By.cssSelector("form[action='/desk/account/two-factor/'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".codes li")));
        assertThat(driver.findElements(By.cssSelector(".codes li"))).hasSize(10);

        driver.findElement(By.cssSelector(".desk-bar__member button")).click();
        wait.until(ExpectedConditions.urlToBe(server.url("/desk/sign-in/")));
        signIn(driver, editor);
        wait.until(ExpectedConditions.urlContains("/desk/sign-in/code/"));
        // A code of the next time step: the one used to turn two-step sign-in on must not work twice.
        sleepUntilNextStep();
        driver.findElement(By.id("signin-code")).sendKeys(currentCode(secret));
        driver.findElement(By.cssSelector("form[action='/desk/sign-in/code/'] button")).click();
        wait.until(ExpectedConditions.urlToBe(server.url("/desk/")));
        assertThat(driver.findElement(By.cssSelector(".desk-bar__member a")).getText()).isEqualTo(editor.name());
    }

    private static void signIn(WebDriver driver, StaffMember member) {
        driver.findElement(By.id("signin-email")).sendKeys(member.email());
        driver.findElement(By.id("signin-password")).sendKeys(DeskUser.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/desk/sign-in/'] button")).click();
    }

    private static String currentCode(String secret) {
        return Totp.code(secret, Totp.step(System.currentTimeMillis()));
    }

    private static void sleepUntilNextStep() {
        long next = (Totp.step(System.currentTimeMillis()) + 1) * Totp.STEP_SECONDS * 1000L;
        try {
            Thread.sleep(Math.max(0, next - System.currentTimeMillis()) + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
