/**
 * What running Parcours on several instances asks of the domain: a scheduled job (monthly report,
 * digest, reminder) is done once for the whole cluster, whichever instance wakes first.
 */
package org.parcours.domain.operations;
