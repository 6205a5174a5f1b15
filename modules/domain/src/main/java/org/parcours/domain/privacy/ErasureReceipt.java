package org.parcours.domain.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What an erasure leaves to do once its transaction has committed: stored files to delete (deleting
 * them earlier would lose them if the erasure rolled back), and how many rows each area changed.
 */
public final class ErasureReceipt {

    private final List<String> storedFiles = new ArrayList<>();
    private int rows;

    /** A stored file (of the FileStore) to delete after commit. */
    public void deleteAfterCommit(String storedName) {
        storedFiles.add(Objects.requireNonNull(storedName, "storedName"));
    }

    public void changed(int count) {
        rows += count;
    }

    public List<String> storedFiles() {
        return Collections.unmodifiableList(storedFiles);
    }

    public int rows() {
        return rows;
    }
}
