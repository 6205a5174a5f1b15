package org.parcours.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void an_event_without_actor_is_anonymous_and_long_texts_are_cut_not_refused() {
        AuditEvent event = new AuditEvent(Instant.now(), " ", AuditAction.SIGN_IN_FAILED, "x".repeat(500),
                "y".repeat(5000));
        assertThat(event.getActor()).isEqualTo(AuditEvent.ANONYMOUS);
        assertThat(event.getSubject()).hasSize(AuditEvent.SUBJECT_MAX).endsWith("…");
        assertThat(event.getDetail()).hasSize(AuditEvent.DETAIL_MAX);
    }

    @Test
    void line_breaks_cannot_forge_extra_lines() {
        AuditEvent event = new AuditEvent(Instant.now(), "eve\nadmin", AuditAction.SIGN_IN_FAILED, "a\r\nb", null);
        assertThat(event.getActor()).isEqualTo("eve admin");
        assertThat(event.getSubject()).isEqualTo("a  b");
    }
}
