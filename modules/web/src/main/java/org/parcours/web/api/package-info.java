/**
 * The read-only JSON API ({@code /api}): territories and cohorts as records, errors as RFC 9457
 * problem details ({@code application/problem+json}) with a 4xx status for anything the client got
 * wrong, never a stack trace.
 */
package org.parcours.web.api;
