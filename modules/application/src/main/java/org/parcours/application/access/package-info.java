/**
 * Who may do what. Every use case checks the caller's roles on the server through {@link
 * org.parcours.application.access.Access}, whatever the page or endpoint that called it.
 */
package org.parcours.application.access;
