/**
 * Writing and reading the audit trail. Changes are recorded in the transaction of the change (a
 * change rolled back leaves no trace); security events (refusals, failed sign-ins) in their own
 * transaction, so that they are kept even when the request fails.
 */
package org.parcours.application.audit;
