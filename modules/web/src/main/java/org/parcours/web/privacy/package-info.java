/**
 * Personal data pages: "Mes données" (what Parcours holds about the signed-in person and the
 * download of all of it) and the erasure of a person by an admin, with its confirmation step.
 */
package org.parcours.web.privacy;
