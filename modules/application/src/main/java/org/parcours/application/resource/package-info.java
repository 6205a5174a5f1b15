/**
 * The resource centre's use cases: search, manage (facilitators), suggest (territory teams), review
 * suggestions, mark as read or useful, attach resources to sessions, and count readings for monitoring.
 */
package org.parcours.application.resource;
