/**
 * The individual work pages: an assignment with, for facilitators, who has handed in and their
 * feedback, and for a territory member, their own territory's submission; and the download of a
 * submitted file (sent as an attachment, never rendered by the browser).
 */
package org.parcours.web.work;
