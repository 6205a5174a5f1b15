package org.parcours.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive parcours() {
        return ShrinkWrap.create(ZipImporter.class, "parcours.war")
                .importFrom(new File(System.getProperty("parcours.it.war")))
                .as(WebArchive.class);
    }
}
