package org.parcours.application.work;

import java.io.InputStream;

/** A stored file to send back: the name to show, its checked content type, its size and its bytes. */
public record Download(String fileName, String contentType, long size, InputStream content) {
}
