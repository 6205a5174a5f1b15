/** Cluster-wide coordination kept in the shared database, so that no extra server is needed. */
package org.parcours.infrastructure.operations;
