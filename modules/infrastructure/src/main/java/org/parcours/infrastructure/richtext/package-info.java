/**
 * Rich text typed in the browser (the logbook's sections), cleaned with the OWASP Java HTML Sanitizer
 * before it is stored, and read back as a stream of tags and text to write it into other formats (PDF).
 */
package org.parcours.infrastructure.richtext;
