package org.parcours.it;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parcours.launcher.PayaraRoot;

/**
 * Each test class's Payara Micro starts without the deployment the previous class left in the shared
 * root directories (see {@link PayaraRoot}): registered before Arquillian's extension, it runs before
 * Arquillian starts the server, so Parcours is deployed once per class, not twice.
 */
public class FreshPayaraRoot implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path work = Path.of(System.getProperty("parcours.it.work", "target"));
        PayaraRoot.forgetDeployments(work.resolve("payara-root"));
        PayaraRoot.forgetDeployments(work.resolve("payara-root-oidc"));
        PayaraRoot.forgetDeployments(work.resolve("payara-root-kept"));
    }
}
