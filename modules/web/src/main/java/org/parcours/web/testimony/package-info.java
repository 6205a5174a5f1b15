/** Pages of testimonies and practical situations: the list of a cohort's, and one with its speakers and takeaways. */
package org.parcours.web.testimony;
