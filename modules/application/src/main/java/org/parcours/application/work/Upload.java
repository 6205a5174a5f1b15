package org.parcours.application.work;

import java.io.Serializable;

/** A file as received from the browser: the name the person gave it and its bytes. */
public record Upload(String fileName, byte[] content) implements Serializable {
}
