/**
 * Co-development use cases: forming groups, planning their sessions (held as schedule sessions),
 * running the six steps, following up commitments. {@link org.parcours.application.codev.CoDevAccess}
 * keeps the content within the group and its facilitators: everyone else gets only a summary (that a
 * session took place, when, and how many took part).
 */
package org.parcours.application.codev;
