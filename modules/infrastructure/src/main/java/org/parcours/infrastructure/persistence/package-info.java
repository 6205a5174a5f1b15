/**
 * The database: the data source read from MicroProfile Config (so that nothing secret is in the
 * build), schema migrations by Flyway at deployment, and the JPA repositories. Every list query is
 * paged and every page loads what it shows in a bounded number of statements.
 */
package org.parcours.infrastructure.persistence;
