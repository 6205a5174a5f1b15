package org.parcours.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Stopping operating-system processes for good, and finding the ones an earlier run left behind. */
final class Processes {

    private Processes() {
    }

    /**
     * Asks a process and all its descendants to stop (SIGTERM), waits up to {@code grace},
     * then kills whatever is left. Descendants are listed first: once their parent is gone they are
     * re-parented and could no longer be found.
     *
     * @return true if every process of the tree has exited
     */
    static boolean stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = root.descendants().collect(Collectors.toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            awaitExit(process, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(process -> awaitExit(process, Duration.ofSeconds(5)));
        return tree.stream().noneMatch(ProcessHandle::isAlive);
    }

    /** Waits for a process to exit; true if it did within the timeout. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /**
     * Kills every process of this user whose command line matches, other than this JVM, and waits
     * for them to exit. For processes that lost their parent, so are no descendants any more.
     */
    static void killMatching(Predicate<String> commandLine) {
        List<ProcessHandle> matching = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(commandLine::test).orElse(false))
                .collect(Collectors.toList());
        matching.forEach(ProcessHandle::destroyForcibly);
        matching.forEach(p -> awaitExit(p, Duration.ofSeconds(10)));
    }

    /**
     * Reads a pid file and returns the live process it names, if its command line matches. The match
     * guards against a pid that the system has since given to an unrelated process.
     */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, Predicate<String> commandLine) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().commandLine().map(commandLine::test).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a process left running by an earlier run that was killed without cleaning up (kill -9,
     * power loss of the terminal...). Callers hold the matching lock, so the process is an orphan.
     *
     * @return true if such a process was found
     */
    static boolean stopLeftover(Path pidFile, Predicate<String> commandLine, String what) {
        Optional<ProcessHandle> leftover = fromPidFile(pidFile, commandLine);
        leftover.ifPresent(process -> {
            System.out.println("Stopping " + what + " left running by an earlier run (pid " + process.pid() + ").");
            stopTree(process, Duration.ofSeconds(30));
        });
        return leftover.isPresent();
    }
}
