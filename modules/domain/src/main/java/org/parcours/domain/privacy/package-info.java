/**
 * Personal data (GDPR): what the platform holds about one person, gathered from every area into one
 * archive for them, erased or anonymised on an admin's decision, and anonymised by the retention
 * period once their cohorts have long been closed. Each area contributes through a
 * {@link org.parcours.domain.privacy.PersonalDataSection}, so an area added later only adds its own.
 */
package org.parcours.domain.privacy;
