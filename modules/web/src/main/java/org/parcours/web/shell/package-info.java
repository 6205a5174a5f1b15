/**
 * What every page shares: the signed-in person as the views see them, the chosen language, and the
 * translation of rule violations into messages next to the field concerned.
 */
package org.parcours.web.shell;
