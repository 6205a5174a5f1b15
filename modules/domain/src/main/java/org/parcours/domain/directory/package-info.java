/**
 * The network directory: people of the network who chose to appear in it, and what each of them
 * chose to show (email, phone, expertise, themes). Nobody is listed until they say so.
 */
package org.parcours.domain.directory;
