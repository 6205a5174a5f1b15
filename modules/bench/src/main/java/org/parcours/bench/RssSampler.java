package org.parcours.bench;

/** Reads the server's resident memory every half second while a page is loaded; keeps the highest. */
final class RssSampler {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile double max = Double.NaN;

    private RssSampler(ServerUnderTest server) {
        thread = new Thread(() -> {
            while (running) {
                server.rssMegabytes().ifPresent(mb -> max = Double.isNaN(max) ? mb : Math.max(max, mb));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
    }

    static RssSampler start(ServerUnderTest server) {
        RssSampler sampler = new RssSampler(server);
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling; returns the highest resident memory seen, in MB. */
    double stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        return max;
    }
}
