/** Local accounts: checking a password at sign-in when Parcours runs without Keycloak. */
package org.parcours.application.person;
