package org.parcours.it;

import java.lang.reflect.Method;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Points the tests at the server over loopback. Payara reports the machine's network address, and
 * Arquillian injects it into {@link ParcoursIT#base} just before the test method runs (after the
 * {@code @BeforeEach} methods): this interceptor, registered after Arquillian's, runs right after that
 * injection, so no test traffic ever leaves the loopback interface.
 */
public class Loopback implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        Object test = context.getRequiredTestInstance();
        if (test instanceof ParcoursIT it && it.base != null) {
            URL reported = it.base;
            it.base = new URL(reported.getProtocol(), "127.0.0.1", reported.getPort(), reported.getFile());
        }
        invocation.proceed();
    }
}
