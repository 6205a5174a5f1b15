package org.parcours.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French and English are complete: both bundles hold the same keys, and every key a page or the code
 * uses exists. A text added in one language only, or a typo in a key, fails here.
 */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/parcours/web/i18n");
    private static final Path MODULES = Path.of("..");

    @Test
    void french_and_english_hold_the_same_keys() throws IOException {
        for (String name : new String[] {"messages", "faces"}) {
            Set<String> french = load(name + "_fr").stringPropertyNames();
            Set<String> english = load(name + "_en").stringPropertyNames();
            assertThat(new TreeSet<>(french)).as(name + ": keys only in French")
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english));
        }
        assertThat(load("messages_fr").stringPropertyNames()).hasSizeGreaterThan(50);
    }

    @Test
    void every_key_used_by_a_page_exists() throws IOException {
        Set<String> known = load("messages_fr").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern reference = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = reference.matcher(Files.readString(page));
                matcher.results().map(r -> r.group(1)).forEach(used::add);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void every_message_key_raised_by_the_code_exists() throws IOException {
        Set<String> known = load("messages_fr").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        // Keys of rule violations (domain, application) and of messages the pages' beans show.
        Pattern raised = Pattern.compile(
                "(?:new RuleViolation\\([^,]+,\\s*|Feedback\\.(?:info|error|text)\\(|super\\(null,\\s*)\"([a-zA-Z0-9_.]+)\"");
        try (Stream<Path> sources = Files.walk(MODULES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main"))
                    .toList()) {
                raised.matcher(Files.readString(source)).results().map(r -> r.group(1)).forEach(used::add);
            }
        }
        assertThat(used).contains("field.required", "edit.stale", "signIn.failed");
        for (String key : used) {
            if (key.endsWith(".")) {
                // A key completed at run time (e.g. "attendance.checkedIn." + status): its family must exist.
                assertThat(known).as(key + "*").anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(known).as(key).contains(key);
            }
        }
    }

    @Test
    void every_message_is_a_valid_message_format() throws IOException {
        for (String name : new String[] {"messages_fr", "messages_en"}) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(name + " " + key).isNotBlank();
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void no_key_is_defined_twice() throws IOException {
        // A second definition silently replaces the first: one of the two pages shows the other's text.
        for (String name : new String[] {"messages_fr", "messages_en", "faces_fr", "faces_en"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            Properties counter = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
                counter.load(reader);
            }
            assertThat(twice).as(name + ": keys defined more than once").isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
