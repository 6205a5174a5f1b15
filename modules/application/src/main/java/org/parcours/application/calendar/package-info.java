/**
 * Calendar subscriptions: issuing, revoking and replacing the secret token of a person's or a
 * territory's feed, and resolving a token to the sessions the feed lists (without a signed-in session:
 * the token is the only key).
 */
package org.parcours.application.calendar;
