/** Learning visit pages: a cohort's visits with the hosting overview, proposing a visit, one visit with its places. */
package org.parcours.web.visit;
