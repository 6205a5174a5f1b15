package org.parcours.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the WAR the build produced, deployed as it ships on its
 * own Payara Micro, tested from outside (HTTP) at {@link #base}.
 */
@ExtendWith({FreshPayaraRoot.class, ArquillianExtension.class, Loopback.class})
public abstract class ParcoursIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.parcours();
    }

    @ArquillianResource
    protected URL base;
}
