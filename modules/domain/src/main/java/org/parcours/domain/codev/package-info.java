/**
 * Co-development (Payette and Champagne): groups of four to eight peers from different territories of
 * a cohort, run by a facilitator (the animateur), and their sessions. In each session one member is
 * the client and the others are consultants; every member is client once over the cycle (rotation).
 * A session walks six steps in order, each with its rule and its duration; what is captured at a step
 * can only be captured at that step. The previous client reports on their commitment at the next session.
 * <p>
 * What is said stays in the group: the content is confidential (the application layer enforces who
 * may read it); outsiders only learn that a session took place, when, and how many took part.
 */
package org.parcours.domain.codev;
