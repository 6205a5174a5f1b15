/**
 * The people who use Parcours and the roles they hold on the platform (admin, facilitator, partner,
 * territory). A person may hold several roles; which territories a territory member belongs to is
 * known from the territories' teams, matched by email.
 */
package org.parcours.domain.person;
