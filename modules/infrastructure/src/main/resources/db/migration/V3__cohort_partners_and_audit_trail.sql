-- Partners who follow a cohort, and the audit trail (times in UTC).

CREATE TABLE cohort_partner (
    cohort_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    INDEX ix_cohort_partner_person (person_id),
    CONSTRAINT fk_cohort_partner_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_partner_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(200)  NULL,
    detail      VARCHAR(1000) NULL,
    INDEX ix_audit_event_occurred (occurred_at),
    INDEX ix_audit_event_actor (actor, occurred_at),
    INDEX ix_audit_event_action (action, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
