/**
 * Email through Jakarta Mail (shipped by Payara Micro), configured by MicroProfile Config:
 * {@code parcours.mail.host}, {@code .port}, {@code .from}, {@code .user}, {@code .password}
 * (environment variables {@code PARCOURS_MAIL_HOST}...). Without a host nothing is sent and a log
 * line says what would have been.
 */
package org.parcours.infrastructure.mail;
