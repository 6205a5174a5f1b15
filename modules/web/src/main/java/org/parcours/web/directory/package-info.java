/** Pages of the network directory: the search, and one's own entry with its per-field choices. */
package org.parcours.web.directory;
