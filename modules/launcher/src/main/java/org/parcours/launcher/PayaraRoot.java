package org.parcours.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Payara Micro's root directory, kept between starts so that its runtime is not unpacked each time.
 * Its configuration remembers the application deployed by the last start: Payara would deploy that
 * one at boot and then the one given with {@code --deploy}, loading Parcours twice (about five seconds
 * of every start). Each start therefore begins from Payara's default configuration; every setting
 * Parcours needs is given again on the command line and in its boot commands.
 */
public final class PayaraRoot {

    private PayaraRoot() {
    }

    /** Forgets what earlier starts deployed from {@code root} (nothing to do for a new root). */
    public static void forgetDeployments(Path root) throws IOException {
        Path config = root.resolve("config");
        Files.deleteIfExists(config.resolve("domain.xml"));
        Files.deleteIfExists(config.resolve("domain.xml.bak"));
    }
}
