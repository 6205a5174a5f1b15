package org.parcours.bench;

/**
 * What one signed-in user looks at: their cohort, their territory (for a facilitator or partner, a
 * territory of their cohort), a finished co-development session of that cohort and the territory's feed.
 */
record Target(long cohortId, long territoryId, long coDevSessionId, String feedToken) {
}
