package org.parcours.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a TCP port can be listened on, so that a clash is reported before anything starts. */
final class Ports {

    private Ports() {
    }

    /**
     * True if a server could listen on the port now.
     *
     * @param address the address to bind, or null for all interfaces (as Payara Micro does)
     */
    static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same option as real servers: a port with only TIME_WAIT leftovers counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if a server could listen on the port on the loopback interface. */
    static boolean isFreeOnLoopback(int port) {
        return isFree(InetAddress.getLoopbackAddress(), port);
    }
}
