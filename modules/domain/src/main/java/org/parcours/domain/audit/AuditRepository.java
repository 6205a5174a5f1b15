package org.parcours.domain.audit;

import java.util.List;

/** Where the audit trail is kept; read newest first, one page at a time. */
public interface AuditRepository {

    void add(AuditEvent event);

    List<AuditEvent> search(AuditSearch search, int first, int max);

    long count(AuditSearch search);
}
