/**
 * Sign-in. One authentication mechanism of our own: a form for people (redirecting to the sign-in
 * page), HTTP Basic for API clients (answered with problem+json 401 when missing), both checked
 * against the local identity store with PBKDF2-hashed passwords.
 */
package org.parcours.web.security;
