package org.parcours.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx in front of cluster members, as deploy/nginx sets it up: the upstream of Parcours with its
 * balancing rule, and the location settings of {@code deploy/nginx/parcours-proxy.conf} included as
 * shipped. Runs in the foreground as a child of the test, with its configuration, pid, logs and
 * buffers in a folder of the build, on a free loopback port. Each response says which member served
 * it in {@value #UPSTREAM_HEADER}.
 */
final class Nginx implements AutoCloseable {

    static final String INSTALL = "apt-get install -y nginx-light";
    static final String UPSTREAM_HEADER = "X-Upstream";

    private final Process process;
    private final int port;
    private final Path folder;

    private Nginx(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    /** The nginx binary: -Dparcours.nginx, else Debian's. Fails (never skips) when it is not installed. */
    static Path binary() {
        Path binary = Path.of(System.getProperty("parcours.nginx", "/usr/sbin/nginx"));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("The cluster test needs nginx (" + binary
                    + "), which is not installed. Install it with: " + INSTALL);
        }
        return binary;
    }

    static Nginx start(Path folder, List<Integer> memberPorts) throws IOException, InterruptedException {
        Path binary = binary();
        Path deploy = Path.of(System.getProperty("parcours.it.deploy")).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        int port = StandaloneServer.freePort();
        String members = memberPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=30s;")
                .collect(Collectors.joining("\n"));
        // Only the worker's user differs from a real set-up: as root, workers would otherwise run as
        // nobody and could not write their buffers into the build's folder.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String config = user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events {
                    worker_connections 256;
                }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client-body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream parcours {
                        hash $cookie_JSESSIONID consistent;
                %2$s
                        keepalive 8;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        server_name localhost;
                        add_header %4$s $upstream_addr always;
                        location / {
                            include %5$s;
                        }
                    }
                }
                """.formatted(folder, members, port, UPSTREAM_HEADER, deploy.resolve("nginx/parcours-proxy.conf"));
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(binary.toString(), "-e", folder.resolve("error.log").toString(),
                "-p", folder.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, port, folder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("nginx.out"))
                        + readIfThere(folder.resolve("error.log")));
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx did not listen on " + port + " within 20 s");
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    int port() {
        return port;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM: nginx's fast shutdown; its workers exit with the master.
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
