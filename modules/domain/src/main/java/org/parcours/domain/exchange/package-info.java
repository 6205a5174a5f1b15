/**
 * The exchange space: discussion threads of a cohort (optionally on one of the network's themes),
 * their posts with mentions and an optional attached file, the facilitators' moderation (hidden posts,
 * locked threads), each cohort's exchange settings and each person's choice of email notices.
 */
package org.parcours.domain.exchange;
