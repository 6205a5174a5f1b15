/**
 * Runs Parcours with one command.
 *
 * <p>{@link org.parcours.launcher.Launcher} is the main class used by {@code ./mvnw -Prun}: it starts
 * an embedded MariaDB whose data persists in the user's folder (unless an external database is
 * configured), then Payara Micro with the application in a child JVM, and stops both cleanly on
 * Ctrl-C. {@link org.parcours.launcher.EmbeddedMariaDb} is public on its own so that integration
 * tests can start the same database; the other classes are details of these two.
 */
package org.parcours.launcher;
