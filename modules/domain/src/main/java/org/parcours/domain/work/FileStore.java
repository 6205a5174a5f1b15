package org.parcours.domain.work;

import java.io.IOException;
import java.io.InputStream;

/** Where the files handed in are kept, each under a random name the store chooses. */
public interface FileStore {

    /** Stores the bytes and returns the name they are kept under. */
    String store(byte[] content) throws IOException;

    InputStream open(String storedName) throws IOException;

    /** Removes a stored file (used to undo a store whose transaction failed); no error if absent. */
    void delete(String storedName);
}
