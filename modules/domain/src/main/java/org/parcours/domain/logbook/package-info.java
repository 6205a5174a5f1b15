/**
 * The monthly logbook (carnet de bord: enjeux, pratiques et illustrations): one issue a month per
 * cohort, drafted from the month's facts, edited in three rich-text sections by the cohort's
 * facilitators, then published and archived for everyone following the cohort. The HTML of the
 * sections is always cleaned by an {@link org.parcours.domain.logbook.HtmlSanitizer} before it is kept.
 */
package org.parcours.domain.logbook;
