/**
 * What operators need from a running instance: a request id on every request and in every log line
 * written while serving it, log lines as one JSON object each (for central log collection), and the
 * application's own counters among Payara's MicroProfile Metrics.
 */
package org.parcours.web.operations;
