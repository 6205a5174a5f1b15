/**
 * The use cases of Parcours, one class per area. Each service is the transaction boundary
 * ({@code @ApplicationScoped @Transactional}): it checks who is asking, validates its parameters
 * (Bean Validation), loads the aggregates, calls one domain behaviour and stores the result.
 * Rule violations leave the transaction rolled back, so nothing is ever half-saved.
 */
package org.parcours.application;
