package org.parcours.application.resource;

import java.io.Serializable;
import org.parcours.domain.resource.MarkCounts;
import org.parcours.domain.resource.Resource;

/** A resource as a reader sees it: with how many read it and found it useful, and the reader's own marks. */
public class ResourceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Resource resource;
    private final long readCount;
    private final long usefulCount;
    private final boolean readByMe;
    private final boolean usefulToMe;

    public ResourceView(Resource resource, MarkCounts counts, boolean readByMe, boolean usefulToMe) {
        this.resource = resource;
        this.readCount = counts.read();
        this.usefulCount = counts.useful();
        this.readByMe = readByMe;
        this.usefulToMe = usefulToMe;
    }

    public Resource getResource() { return resource; }
    public long getReadCount() { return readCount; }
    public long getUsefulCount() { return usefulCount; }
    public boolean isReadByMe() { return readByMe; }
    public boolean isUsefulToMe() { return usefulToMe; }
}
