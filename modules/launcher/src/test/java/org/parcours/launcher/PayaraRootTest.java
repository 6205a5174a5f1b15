package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraRootTest {

    @TempDir
    Path root;

    @Test
    void the_configuration_that_remembers_the_last_deployment_is_dropped_and_the_rest_kept() throws Exception {
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve("domain.xml"), "<application name=\"parcours\"/>");
        Files.writeString(config.resolve("domain.xml.bak"), "<application name=\"parcours\"/>");
        Files.writeString(config.resolve("keystore.p12"), "key");
        Files.createDirectories(root.resolve("runtime"));

        PayaraRoot.forgetDeployments(root);

        assertThat(config.resolve("domain.xml")).doesNotExist();
        assertThat(config.resolve("domain.xml.bak")).doesNotExist();
        assertThat(config.resolve("keystore.p12")).hasContent("key");
        assertThat(root.resolve("runtime")).isDirectory();
    }

    @Test
    void a_new_root_needs_nothing() throws Exception {
        PayaraRoot.forgetDeployments(root.resolve("new"));
        assertThat(root.resolve("new")).doesNotExist();
    }
}
