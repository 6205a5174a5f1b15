-- The resource centre (practical kit): resources, their themes, the readers' marks, and the
-- resources attached to sessions of the schedule.

CREATE TABLE resource (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    nature           VARCHAR(16)   NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    author           VARCHAR(160)  NOT NULL,
    pub_year         INT           NOT NULL,
    phase            VARCHAR(16)   NULL,
    tags             VARCHAR(400)  NULL,
    url              VARCHAR(1000) NULL,
    stored_name      VARCHAR(64)   NULL,
    file_name        VARCHAR(200)  NULL,
    content_type     VARCHAR(120)  NULL,
    size_bytes       BIGINT        NULL,
    status           VARCHAR(16)   NOT NULL,
    suggested_by     BIGINT        NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME      NOT NULL,
    decision_message VARCHAR(1000) NULL,
    decided_at       DATETIME      NULL,
    -- A document is a file, the other types an address.
    CONSTRAINT ck_resource_content CHECK ((type = 'DOCUMENT' AND stored_name IS NOT NULL AND url IS NULL)
        OR (type <> 'DOCUMENT' AND url IS NOT NULL AND stored_name IS NULL)),
    INDEX ix_resource_status_year (status, pub_year, id),
    INDEX ix_resource_nature (nature, status),
    INDEX ix_resource_phase (phase, status),
    INDEX ix_resource_type (type, status),
    INDEX ix_resource_suggested_by (suggested_by),
    CONSTRAINT fk_resource_suggested_by FOREIGN KEY (suggested_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resource_theme (
    resource_id BIGINT      NOT NULL,
    theme       VARCHAR(32) NOT NULL,
    PRIMARY KEY (resource_id, theme),
    INDEX ix_resource_theme_theme (theme, resource_id),
    CONSTRAINT fk_resource_theme_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resource_mark (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    resource_id BIGINT   NOT NULL,
    person_id   BIGINT   NOT NULL,
    read_at     DATETIME NULL,
    useful      BOOLEAN  NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_resource_mark UNIQUE (resource_id, person_id),
    INDEX ix_resource_mark_person_read (person_id, read_at),
    INDEX ix_resource_mark_read (read_at),
    CONSTRAINT fk_resource_mark_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE,
    CONSTRAINT fk_resource_mark_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_kit_resource (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT   NOT NULL,
    resource_id BIGINT   NOT NULL,
    attached_at DATETIME NOT NULL,
    CONSTRAINT uk_session_kit_resource UNIQUE (session_id, resource_id),
    INDEX ix_session_kit_resource_resource (resource_id),
    CONSTRAINT fk_session_kit_resource_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_kit_resource_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
