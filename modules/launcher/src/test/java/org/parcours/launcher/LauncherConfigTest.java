package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

    static final Path FILES = Path.of("target", "launcher-config-test").toAbsolutePath();
    static final Path WAR = FILES.resolve("parcours.war");
    static final Path PAYARA = FILES.resolve("payara-micro.jar");
    static final String[] ARGS = {"--war", WAR.toString(), "--payara", PAYARA.toString()};

    @BeforeAll
    static void files() throws IOException {
        Files.createDirectories(FILES);
        for (Path file : new Path[] {WAR, PAYARA}) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        }
    }

    static Properties userHome(String home) {
        Properties properties = new Properties();
        properties.setProperty("user.home", home);
        return properties;
    }

    @Test
    void defaults() throws Exception {
        LauncherConfig config = LauncherConfig.from(ARGS, Map.of(), userHome("/home/ana"));
        assertThat(config.home()).isEqualTo(Path.of("/home/ana/.local/share/parcours"));
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.embeddedDbPort()).isEqualTo(3316);
        assertThat(config.heap()).isEqualTo("512m");
        assertThat(config.externalDb()).isEmpty();
        assertThat(config.war()).isEqualTo(WAR);
        assertThat(config.payaraJar()).isEqualTo(PAYARA);
        assertThat(config.filesDir()).isEqualTo(Path.of("/home/ana/.local/share/parcours/files"));
    }

    @Test
    void theApplicationKeepsItsFilesUnderTheHome() throws Exception {
        LauncherConfig config = LauncherConfig.from(ARGS, Map.of("PARCOURS_HOME", "/srv/parcours"), userHome("/h"));
        assertThat(PayaraServer.applicationEnvironment(config, Map.of("PARCOURS_DB_URL", "jdbc:mariadb://x/p")))
                .containsEntry("PARCOURS_FILES_DIR", "/srv/parcours/files")
                .containsEntry("PARCOURS_DB_URL", "jdbc:mariadb://x/p");
    }

    @Test
    void environmentThenSystemProperties() throws Exception {
        Map<String, String> env = Map.of("PARCOURS_HOME", "/srv/parcours", "PARCOURS_PORT", "9090",
                "PARCOURS_EMBEDDED_DB_PORT", "3400", "PARCOURS_HEAP", "1g",
                "PARCOURS_DB_URL", "jdbc:mariadb://db:3306/parcours", "PARCOURS_DB_USER", "app",
                "PARCOURS_DB_PASSWORD", "secret");
        LauncherConfig config = LauncherConfig.from(ARGS, env, userHome("/home/ana"));
        assertThat(config.home()).isEqualTo(Path.of("/srv/parcours"));
        assertThat(config.httpPort()).isEqualTo(9090);
        assertThat(config.embeddedDbPort()).isEqualTo(3400);
        assertThat(config.heap()).isEqualTo("1g");
        assertThat(config.externalDb()).contains(
                new LauncherConfig.ExternalDb("jdbc:mariadb://db:3306/parcours", "app", "secret"));
        assertThat(config.externalDb().get().toString()).doesNotContain("secret");

        Properties properties = userHome("/home/ana");
        properties.setProperty("parcours.port", "9191");
        properties.setProperty("parcours.home", "/opt/parcours");
        config = LauncherConfig.from(ARGS, env, properties);
        assertThat(config.httpPort()).isEqualTo(9191);
        assertThat(config.home()).isEqualTo(Path.of("/opt/parcours"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> LauncherConfig.from(ARGS, Map.of("PARCOURS_PORT", "80a"), userHome("/h")))
                .hasMessage("PARCOURS_PORT=80a is not a port number (1-65535).");
        assertThatThrownBy(() -> LauncherConfig.from(ARGS, Map.of("PARCOURS_HEAP", "lots"), userHome("/h")))
                .hasMessageContaining("PARCOURS_HEAP=lots");
        assertThatThrownBy(() -> LauncherConfig.from(new String[] {"--payara", PAYARA.toString()}, Map.of(), userHome("/h")))
                .hasMessageContaining("Missing --war");
        assertThatThrownBy(() -> LauncherConfig.from(new String[] {"--war", "nowhere.war", "--payara", PAYARA.toString()},
                Map.of(), userHome("/h")))
                .hasMessageContaining("not found");
        assertThatThrownBy(() -> LauncherConfig.from(new String[] {"--port", "1"}, Map.of(), userHome("/h")))
                .hasMessageContaining("Unexpected argument '--port'");
    }
}
