package org.casework.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per browser test class, pointed at the service the class started, given to the tests as a
 * {@link Browser} parameter (usually of the constructor). Each test starts with no cookies, so signed out, whatever
 * the test before it did. Starting Chromium takes a second or two, hence one per class rather than per test.
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        var port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        context.getStore(NAMESPACE).put(Browser.class, Browser.open(port));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) browser.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).startAfresh();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
