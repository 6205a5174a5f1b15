-- The monthly logbook (carnet de bord): one issue per cohort and month, its three sections of cleaned
-- HTML, and its pictures (files kept in the files folder under random names, like handed-in work).

CREATE TABLE logbook_issue (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    cohort_id     BIGINT       NOT NULL,
    month_start   DATE         NOT NULL,
    title         VARCHAR(200) NOT NULL,
    challenges    MEDIUMTEXT   NOT NULL,
    practices     MEDIUMTEXT   NOT NULL,
    illustrations MEDIUMTEXT   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME     NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    DATETIME     NOT NULL,
    published_by  VARCHAR(64)  NULL,
    published_at  DATETIME     NULL,
    CONSTRAINT uk_logbook_issue_month UNIQUE (cohort_id, month_start),
    INDEX ix_logbook_issue_status (cohort_id, status, month_start),
    CONSTRAINT fk_logbook_issue_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE logbook_picture (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    issue_id     BIGINT       NOT NULL,
    stored_name  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    alternative  VARCHAR(300) NOT NULL,
    INDEX ix_logbook_picture_issue (issue_id),
    CONSTRAINT fk_logbook_picture_issue FOREIGN KEY (issue_id) REFERENCES logbook_issue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The resources added in a month, for the logbook's draft.
CREATE INDEX ix_resource_status_created ON resource (status, created_at);
