package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PayaraServerTest {

    @Test
    void the_single_instance_is_set_up_as_deploy_readme_says_for_one_server() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "payara-server-test").toAbsolutePath());
        Path commands = PayaraServer.singleNodeCommands(root);
        assertThat(commands).hasParent(root);
        assertThat(Files.readString(commands))
                .isEqualTo(Files.readString(Path.of("../../deploy/payara/single-node.asadmin")))
                .contains("web-container-availability.availability-enabled=false");
    }
}
