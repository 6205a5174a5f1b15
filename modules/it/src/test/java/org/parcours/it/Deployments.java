package org.parcours.it;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    /** Every page of the WAR (its .xhtml files outside WEB-INF), so that tests cannot miss a new one. */
    public static List<String> pages() throws IOException {
        try (ZipFile war = new ZipFile(new File(System.getProperty("parcours.it.war")))) {
            return war.stream().map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")
                            && !name.startsWith("META-INF/") && !name.startsWith("resources/"))
                    .sorted()
                    .toList();
        }
    }

    public static WebArchive parcours() {
        return ShrinkWrap.create(ZipImporter.class, "parcours.war")
                .importFrom(new File(System.getProperty("parcours.it.war")))
                .as(WebArchive.class);
    }
}
