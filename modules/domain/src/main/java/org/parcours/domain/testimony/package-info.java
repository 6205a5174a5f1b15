/**
 * Testimonies (of peer territories, decision makers, experts) and practical situations (role plays):
 * sessions of the schedule that carry their speakers and, for a practical situation, the scenario and
 * the roles to play. Participants leave a short takeaway once the session is over.
 */
package org.parcours.domain.testimony;
