/**
 * Sign-in and the web's security. One authentication mechanism of our own
 * ({@link org.parcours.web.security.ParcoursAuthentication}): local accounts (form and HTTP Basic,
 * PBKDF2-hashed passwords) by default; with an OpenID provider configured, browser sign-in is handed
 * to Jakarta Security's OpenID Connect mechanism and API bearer tokens are checked against the
 * provider's keys. Also: the settings read from MicroProfile Config, the security headers and CSP,
 * the session cookie, the refusal of cookie-only API changes, and the recording of refused access.
 */
package org.parcours.web.security;
