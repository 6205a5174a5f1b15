package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The launcher's refusals, which happen before anything is started. */
class LauncherTest {

    static final Path HOME = Path.of("target", "launcher-test").toAbsolutePath();

    @BeforeAll
    static void files() throws IOException {
        LauncherConfigTest.files();
    }

    @Test
    void saysSoWhenParcoursAlreadyRunsFromTheFolder() throws Exception {
        try (InstanceLock held = InstanceLock.tryAcquire(HOME.resolve("parcours.lock")).orElseThrow()) {
            String err = stderrOf(new Launcher(config(Map.of())));
            assertThat(held.file()).exists();
            assertThat(err).startsWith("Parcours is already running from this folder (" + HOME + ", process "
                    + ProcessHandle.current().pid() + ").");
        }
    }

    @Test
    void saysWhichPortIsTakenAndHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            String err = stderrOf(new Launcher(config(Map.of("PARCOURS_PORT", Integer.toString(port)))));
            assertThat(err).contains("Port " + port + " is already in use").contains("PARCOURS_PORT");
        }
        assertThat(HOME.resolve("mariadb")).doesNotExist();
        // The lock was released.
        try (InstanceLock lock = InstanceLock.tryAcquire(HOME.resolve("parcours.lock")).orElseThrow()) {
            assertThat(lock.file()).exists();
        }
    }

    private static LauncherConfig config(Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("PARCOURS_HOME", HOME.toString());
        Properties properties = new Properties();
        properties.setProperty("user.home", "/nonexistent");
        return LauncherConfig.from(LauncherConfigTest.ARGS, all, properties);
    }

    /** Runs the launcher, expects it to fail with exit code 1, returns what it printed on stderr. */
    private static String stderrOf(Launcher launcher) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(launcher.run()).isEqualTo(1);
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
