/**
 * The pilot territory (territoire pilote) and its team: who takes part in the path for a local
 * authority, an intercommunality, a department or a region.
 * <p>
 * A territory is an aggregate: its members are reached and changed only through it, so that a team
 * never holds the same email twice.
 */
package org.parcours.domain.territory;
