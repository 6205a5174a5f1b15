package org.parcours.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real SMTP server (GreenMail) on loopback for the whole run, before any Payara Micro starts;
 * its port reaches the servers through arquillian.xml. Tests read what the application sent.
 */
public class TestMail implements LauncherSessionListener {

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("parcours.it.work") == null) {
            return; // not run by the build
        }
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("parcours.it.smtp.port", Integer.toString(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    /** Every message received so far (the server keeps them for the whole run). */
    static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits up to ten seconds for at least {@code count} messages in all. */
    static boolean awaitMessages(int count) {
        return server.waitForIncomingEmail(10_000, count);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }
}
