/**
 * The resource centre (the practical kit): resources of four natures, each a document, video, MOOC
 * or link, found by words, nature, phase, theme and type. Facilitators manage it; territory teams
 * suggest resources that stay hidden until approved; readers mark what they read and found useful;
 * sessions of the schedule refer to resources of the centre.
 */
package org.parcours.domain.resource;
