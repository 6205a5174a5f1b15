package org.parcours.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** When a browser test fails, keeps what the browser showed: a screenshot and the page source. */
final class FailureArtifacts implements AfterTestExecutionCallback {

    private final Supplier<WebDriver> driver;

    FailureArtifacts(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        WebDriver browser = driver.get();
        if (context.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        Path folder = Path.of(System.getProperty("parcours.it.work", "target"), "browser-failures");
        Files.createDirectories(folder);
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
        Files.writeString(folder.resolve(name + ".html"),
                "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(), StandardCharsets.UTF_8);
    }
}
