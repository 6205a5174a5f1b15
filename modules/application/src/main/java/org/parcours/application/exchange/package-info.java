/**
 * Use cases of the exchange space: reading and writing a cohort's threads, moderation, attached files,
 * the email notices of replies and mentions (immediate or in a daily digest) and the one-click
 * unsubscribe link.
 */
package org.parcours.application.exchange;
