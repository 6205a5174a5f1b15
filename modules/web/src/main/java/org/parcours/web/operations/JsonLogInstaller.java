package org.parcours.web.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds a JSON-lines log file to the server's logging when the application starts, and removes it when
 * the application stops. Installed from the application rather than by Payara's logging.properties:
 * a handler named there must be on the server's own class path at boot, while this one lives in the
 * WAR and reads the request id the WAR's filter sets. The file is {@code parcours.log.json}
 * (PARCOURS_LOG_JSON), by default {@code <Payara root>/logs/parcours.json.log}; {@code off} disables it.
 * It rolls over at 50 MB, keeping 5 files.
 */
@WebListener
public class JsonLogInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(JsonLogInstaller.class.getName());
    static final String SETTING = "parcours.log.json";
    private static final int LIMIT_BYTES = 50 * 1024 * 1024;
    private static final int FILES = 5;

    private Handler handler;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Optional<Path> file = target();
        if (file.isEmpty()) {
            LOG.info("JSON log lines are off (parcours.log.json=off).");
            return;
        }
        try {
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            // %g numbers the rolled-over files; the current one is .0 only when rolling is on, so name it.
            FileHandler fileHandler = new FileHandler(file.get().toString().replace("%", "%%") + ".%g", LIMIT_BYTES,
                    FILES, true);
            fileHandler.setFormatter(new JsonLogFormatter());
            fileHandler.setLevel(Level.INFO);
            fileHandler.setEncoding("UTF-8");
            handler = fileHandler;
            Logger.getLogger("").addHandler(handler);
            LOG.info(() -> "JSON log lines are written to " + file.get() + ".0 (parcours.log.json / PARCOURS_LOG_JSON).");
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Cannot write JSON log lines to " + file.get(), e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }

    private static Optional<Path> target() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class)
                .map(String::strip).filter(s -> !s.isEmpty());
        if (configured.filter("off"::equalsIgnoreCase).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(configured.map(Path::of).orElseGet(() -> {
            String root = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir"));
            return Path.of(root, "logs", "parcours.json.log");
        }));
    }
}
