/**
 * The web front of Parcours: PrimeFaces pages with thin view-scoped backing beans named after their
 * use case, the JSON API, sign-in and error pages. The only module that sees every other one.
 */
package org.parcours.web;
