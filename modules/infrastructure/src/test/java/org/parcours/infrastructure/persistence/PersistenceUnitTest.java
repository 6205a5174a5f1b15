package org.parcours.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcours.domain.territory.Territory;

/** The persistence unit lists every entity and embeddable of the domain, so none is silently unmapped. */
class PersistenceUnitTest {

    @Test
    void every_domain_entity_embeddable_and_converter_is_listed_in_the_persistence_unit() throws Exception {
        List<String> mapped = domainClasses().stream()
                .filter(c -> c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                        || c.isAnnotationPresent(Converter.class))
                .map(Class::getName)
                .toList();
        assertThat(mapped).contains(Territory.class.getName());
        assertThat(listedClasses()).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void the_schema_belongs_to_flyway_not_to_eclipselink() throws Exception {
        assertThat(persistenceXml()).contains("name=\"eclipselink.ddl-generation\" value=\"none\"");
        assertThat(getClass().getResource("/db/migration/V1__territories_cohorts_people.sql")).isNotNull();
    }

    private static List<Class<?>> domainClasses() throws URISyntaxException, IOException {
        Path location = Path.of(Territory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // The domain is a folder in a reactor build and a jar when built alone.
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")
                                && !p.getFileName().toString().equals("package-info.class"))
                        .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(PersistenceUnitTest::load)
                        .toList();
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listedClasses() throws IOException {
        Matcher matcher = Pattern.compile("<class>([^<]+)</class>").matcher(persistenceXml());
        return matcher.results().map(r -> r.group(1).strip()).toList();
    }

    private static String persistenceXml() throws IOException {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
