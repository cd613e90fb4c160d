package org.convene.web.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through Debian's chromedriver, with a fresh profile and the reader in a time zone other
 * than the community's. Fails with a message naming what to install when the browser cannot start; never skips.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The reader's zone, unlike the community's America/New_York. */
    static final String READER_ZONE = "Europe/Berlin";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian's chromium and chromium-driver): run ./test, which installs them");
        }
        Path profile = Files.createTempDirectory("convene-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", READER_ZONE))
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, profile);
        } catch (RuntimeException failure) {
            throw new AssertionError("Chromium could not be started through " + CHROMEDRIVER + ": "
                    + failure.getMessage().lines().findFirst().orElse(""), failure);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sets the window's width (phone 390, desktop 1280) and saves a screenshot to target/screenshots/NAME-WIDTH.png. */
    Path screenshot(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 900));
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = directory.resolve(name + "-" + width + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
