/**
 * Testimonies and practical situations: their speakers, scenario and roles (set by the cohort's
 * facilitators) and the participants' takeaways once the session is over.
 */
package org.parcours.application.testimony;
