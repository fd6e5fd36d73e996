package id.dinsos.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the strategy of the application
 * context a test runs in. Vaadin installs its own strategy (one per context, each with its own thread
 * local) and makes it the static one when a context starts; with two cached contexts in one JVM (the
 * shared one and the demo one), the static holder would otherwise stay on the last one started, and a
 * signed-in user set by a test would be invisible to the other context's method security.
 * Registered in META-INF/spring.factories, so it applies to every Spring test.
 */
public class SecurityContextStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        follow(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        follow(testContext);
    }

    private static void follow(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        // Before the listeners that inject and run the test (dependency injection is 2000).
        return 1500;
    }
}
