/**
 * Personal data use cases: a person downloads everything Parcours holds about them; an admin erases
 * a person; the retention period anonymises the participants of cohorts closed long ago (a daily job
 * claimed once per cluster). Every area's share comes from its
 * {@link org.parcours.domain.privacy.PersonalDataSection} beans, discovered at run time.
 */
package org.parcours.application.privacy;
