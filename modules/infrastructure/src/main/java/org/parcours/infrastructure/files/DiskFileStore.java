package org.parcours.infrastructure.files;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.domain.work.FileStore;

/** Files in a folder, named by 128 random bits, written to a temporary name then moved into place. */
@ApplicationScoped
public class DiskFileStore implements FileStore {

    private static final Logger LOG = Logger.getLogger(DiskFileStore.class.getName());
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "parcours.files.dir")
    Optional<String> configured;

    private Path root;

    @PostConstruct
    void init() {
        root = configured.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share", "parcours", "files"))
                .toAbsolutePath().normalize();
        LOG.info(() -> "Files handed in are kept in " + root + " (parcours.files.dir / PARCOURS_FILES_DIR).");
    }

    @Override
    public String store(byte[] content) throws IOException {
        Files.createDirectories(root);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String name = HexFormat.of().formatHex(random);
        Path temporary = Files.createTempFile(root, "upload-", ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return name;
    }

    @Override
    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(resolve(storedName));
    }

    @Override
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + storedName + ": " + e);
        }
    }

    private Path resolve(String storedName) throws NoSuchFileException {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new NoSuchFileException(String.valueOf(storedName));
        }
        return root.resolve(storedName);
    }
}
