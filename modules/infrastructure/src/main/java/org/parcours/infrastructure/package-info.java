/**
 * What Parcours needs from the outside world: the database (data source, Flyway migrations, JPA
 * repositories implementing the domain's repository interfaces) and, later, mail, calendars and
 * documents. Depends on the domain only.
 */
package org.parcours.infrastructure;
