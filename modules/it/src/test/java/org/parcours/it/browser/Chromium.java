package org.parcours.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium with its own driver, so that Selenium never downloads a browser,
 * and with the flags that keep it quiet on a machine without network.
 */
final class Chromium {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final File BINARY = new File(System.getProperty("parcours.chromium", "/usr/lib/chromium/chromium"));
    private static final File DRIVER = new File(System.getProperty("parcours.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static WebDriver start(String language) {
        if (!BINARY.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("The browser suite needs Chromium and its driver (" + BINARY + ", "
                    + DRIVER + "), which are not installed. Install them with: " + INSTALL);
        }
        Path profile;
        try {
            Path work = Path.of(System.getProperty("parcours.it.work", "target"));
            Files.createDirectories(work);
            profile = Files.createTempDirectory(work, "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
