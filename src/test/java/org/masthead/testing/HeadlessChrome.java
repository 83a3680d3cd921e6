package org.masthead.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver: named explicitly so Selenium never tries to
 * download a driver or a browser. Each browser gets a fresh profile folder, removed when it closes.
 */
public final class HeadlessChrome implements AutoCloseable {
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    public final ChromeDriver driver;
    private final Path profile;

    private HeadlessChrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessChrome start() {
        Path profile = tempDir();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessChrome(driver, profile);
    }

    /** Sets the size of the page's viewport (what CSS and window.innerWidth see), in CSS pixels. */
    public HeadlessChrome viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        Number innerHeight = (Number) driver.executeScript("return window.innerHeight");
        // The window's frame, if any, takes some room: grow the window by that much.
        driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(),
                2 * height - innerHeight.intValue()));
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile folder left in /tmp is harmless
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("masthead-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
