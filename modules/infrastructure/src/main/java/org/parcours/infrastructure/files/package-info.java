/**
 * The files handed in with submissions, on disk in the folder {@code parcours.files.dir}
 * ({@code PARCOURS_FILES_DIR}), each under a random name: a name typed by a user never becomes a path.
 */
package org.parcours.infrastructure.files;
