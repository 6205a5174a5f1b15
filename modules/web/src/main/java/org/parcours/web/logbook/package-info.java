/**
 * The monthly logbook's pages: a cohort's archive (and the drafting of a month's issue), an issue,
 * its editor with the rich-text sections and pictures; its pictures and PDF as files.
 */
package org.parcours.web.logbook;
