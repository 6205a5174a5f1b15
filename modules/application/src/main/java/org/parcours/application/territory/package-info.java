/** Registering pilot territories and keeping their teams up to date. */
package org.parcours.application.territory;
