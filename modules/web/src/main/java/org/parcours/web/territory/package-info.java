/** The territory pages: the searchable list, a territory's page with its team, and its edit form. */
package org.parcours.web.territory;
