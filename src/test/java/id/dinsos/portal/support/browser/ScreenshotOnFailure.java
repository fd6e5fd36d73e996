package id.dinsos.portal.support.browser;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a screenshot of the page a browser test failed on (target/screenshots): it saves hours.
 * Runs right after the test method, before {@code @AfterEach} closes the browser.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    private final Supplier<Browser> browser;

    public ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser b = browser.get();
        if (b != null && context.getExecutionException().isPresent()) {
            b.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]+", "_"));
        }
    }
}
