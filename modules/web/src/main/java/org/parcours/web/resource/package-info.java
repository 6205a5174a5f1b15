/** Pages of the resource centre (the practical kit): search, a resource, its form, and its files. */
package org.parcours.web.resource;
