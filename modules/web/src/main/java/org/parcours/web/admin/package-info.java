/**
 * The administration pages, for admins only (web.xml and the use cases both check): people and
 * their roles, and the audit trail.
 */
package org.parcours.web.admin;
