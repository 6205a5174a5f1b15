package org.parcours.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What the launcher was asked to do. Each setting comes from a system property if set (handy in
 * tests), else from the environment variable, else from its default.
 *
 * @param home           where the database, Payara's work files and the lock live
 * @param httpPort       the port of the web application
 * @param heap           maximum heap of the Payara Micro JVM, as for -Xmx
 * @param war            the application
 * @param payaraJar      payara-micro.jar
 * @param externalDb     the database to use instead of the embedded one, if configured
 * @param embeddedDbPort the port of the embedded MariaDB, on 127.0.0.1
 */
record LauncherConfig(Path home, int httpPort, String heap, Path war, Path payaraJar,
                      Optional<ExternalDb> externalDb, int embeddedDbPort) {

    static final int DEFAULT_HTTP_PORT = 8080;
    // Measured by the benchmark (docs/benchmarks.md): 320 MB kept the server under 768 MB resident
    // with the pilot's data but collected without end with the national roll-out's.
    static final String DEFAULT_HEAP = "512m";
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    /** An existing MariaDB server: the launcher starts no database then. */
    record ExternalDb(String url, String user, String password) {
        @Override
        public String toString() {
            return "ExternalDb[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /** The command line or the settings are wrong; the message says how to fix it. */
    static final class InvalidConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidConfigException(String message) {
            super(message);
        }
    }

    static LauncherConfig from(String[] args, Map<String, String> env, Properties properties)
            throws InvalidConfigException {
        Path war = null;
        Path payara = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--war") || arg.equals("--payara")) && i + 1 < args.length) {
                Path value = Path.of(args[++i]).toAbsolutePath().normalize();
                if (arg.equals("--war")) {
                    war = value;
                } else {
                    payara = value;
                }
            } else {
                throw new InvalidConfigException("Unexpected argument '" + arg + "'. Usage: "
                        + "Launcher --war <parcours.war> --payara <payara-micro.jar>");
            }
        }
        war = requireFile(war, "--war", "the application (parcours.war)");
        payara = requireFile(payara, "--payara", "payara-micro.jar");

        Settings settings = new Settings(env, properties);
        Path home = settings.get("PARCOURS_HOME")
                .map(Path::of)
                .orElseGet(() -> Path.of(properties.getProperty("user.home"), ".local", "share", "parcours"))
                .toAbsolutePath().normalize();
        int httpPort = settings.port("PARCOURS_PORT", DEFAULT_HTTP_PORT);
        int dbPort = settings.port("PARCOURS_EMBEDDED_DB_PORT", EmbeddedMariaDb.DEFAULT_PORT);
        String heap = settings.get("PARCOURS_HEAP").orElse(DEFAULT_HEAP);
        if (!HEAP.matcher(heap).matches()) {
            throw new InvalidConfigException("PARCOURS_HEAP=" + heap + " is not a heap size such as 512m or 2g.");
        }
        Optional<ExternalDb> externalDb = settings.get("PARCOURS_DB_URL").map(url -> new ExternalDb(url,
                settings.get("PARCOURS_DB_USER").orElse(""), settings.get("PARCOURS_DB_PASSWORD").orElse("")));
        return new LauncherConfig(home, httpPort, heap, war, payara, externalDb, dbPort);
    }

    /** Where the files handed in with submissions are kept: {@code <home>/files}, passed as PARCOURS_FILES_DIR. */
    Path filesDir() {
        return home.resolve("files");
    }

    private static Path requireFile(Path file, String option, String what) throws InvalidConfigException {
        if (file == null) {
            throw new InvalidConfigException("Missing " + option + " <path to " + what + ">.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigException(what + " not found at " + file
                    + ". Build it first (./mvnw -Prun builds everything and starts Parcours).");
        }
        return file;
    }

    /** Reads PARCOURS_XYZ from the system property parcours.xyz, then from the environment. */
    private record Settings(Map<String, String> env, Properties properties) {

        Optional<String> get(String variable) {
            String property = variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
            return Optional.ofNullable(properties.getProperty(property))
                    .or(() -> Optional.ofNullable(env.get(variable)))
                    .map(String::trim)
                    .filter(value -> !value.isEmpty());
        }

        int port(String variable, int defaultPort) throws InvalidConfigException {
            Optional<String> value = get(variable);
            if (value.isEmpty()) {
                return defaultPort;
            }
            try {
                int port = Integer.parseInt(value.get());
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidConfigException(variable + "=" + value.get() + " is not a port number (1-65535).");
        }
    }
}
