/** The cohort pages: the list, a cohort's page with its territories and facilitators, its edit form. */
package org.parcours.web.cohort;
