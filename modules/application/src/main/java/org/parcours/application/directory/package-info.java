/** Use cases of the network directory: search it, and choose what one's own entry shows. */
package org.parcours.application.directory;
