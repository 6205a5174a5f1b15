-- The nine-month path: programmes, sessions, attendance, individual work, calendar feed tokens.
-- Instants are DATETIME values in UTC (shown in Europe/Paris by the application).

CREATE TABLE programme (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(120) NOT NULL,
    CONSTRAINT uk_programme_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_phase (
    programme_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(120) NOT NULL,
    PRIMARY KEY (programme_id, position),
    CONSTRAINT fk_programme_phase_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_session (
    programme_id     BIGINT        NOT NULL,
    position         INT           NOT NULL,
    phase            INT           NOT NULL,
    month_of_path    INT           NOT NULL,
    week_of_month    INT           NOT NULL,
    weekday          VARCHAR(12)   NOT NULL,
    start_time       TIME          NOT NULL,
    duration_minutes INT           NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    format           VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    agenda           VARCHAR(4000) NULL,
    PRIMARY KEY (programme_id, position),
    CONSTRAINT ck_programme_session_month CHECK (month_of_path BETWEEN 1 AND 9),
    CONSTRAINT ck_programme_session_week CHECK (week_of_month BETWEEN 1 AND 4),
    CONSTRAINT fk_programme_session_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE path_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    uid            VARCHAR(80)   NOT NULL,
    cohort_id      BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    format         VARCHAR(16)   NOT NULL,
    phase          VARCHAR(120)  NULL,
    starts_at      DATETIME      NOT NULL,
    ends_at        DATETIME      NOT NULL,
    venue_name     VARCHAR(160)  NULL,
    venue_address  VARCHAR(300)  NULL,
    venue_capacity INT           NULL,
    video_link     VARCHAR(1000) NULL,
    agenda         VARCHAR(4000) NULL,
    whole_cohort   BOOLEAN       NOT NULL DEFAULT TRUE,
    seq_no         INT           NOT NULL DEFAULT 0,
    cancelled      BOOLEAN       NOT NULL DEFAULT FALSE,
    check_in_code  VARCHAR(12)   NULL,
    CONSTRAINT uk_session_uid UNIQUE (uid),
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_session_capacity CHECK (venue_capacity IS NULL OR venue_capacity > 0),
    INDEX ix_session_cohort_start (cohort_id, starts_at),
    INDEX ix_session_start_end (starts_at, ends_at),
    INDEX ix_session_kind (kind),
    CONSTRAINT fk_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_territory (
    session_id   BIGINT NOT NULL,
    territory_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, territory_id),
    INDEX ix_session_territory_territory (territory_id),
    CONSTRAINT fk_session_territory_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_territory_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_facilitator (
    session_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, person_id),
    INDEX ix_session_facilitator_person (person_id),
    CONSTRAINT fk_session_facilitator_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_facilitator_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_resource (
    session_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    url        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_session_resource_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attendance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    session_id      BIGINT      NOT NULL,
    member_id       BIGINT      NOT NULL,
    status          VARCHAR(16) NOT NULL,
    marked_at       DATETIME    NOT NULL,
    self_registered BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_attendance_session_member UNIQUE (session_id, member_id),
    INDEX ix_attendance_member (member_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assignment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    session_id   BIGINT        NOT NULL,
    instructions VARCHAR(4000) NOT NULL,
    due_at       DATETIME      NOT NULL,
    CONSTRAINT uk_assignment_session UNIQUE (session_id),
    CONSTRAINT fk_assignment_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    assignment_id BIGINT        NOT NULL,
    territory_id  BIGINT        NOT NULL,
    body          TEXT          NULL,
    submitted_at  DATETIME      NOT NULL,
    late          BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_by  VARCHAR(64)   NOT NULL,
    feedback      VARCHAR(8000) NULL,
    feedback_by   VARCHAR(120)  NULL,
    feedback_at   DATETIME      NULL,
    CONSTRAINT uk_submission_assignment_territory UNIQUE (assignment_id, territory_id),
    INDEX ix_submission_territory (territory_id),
    CONSTRAINT fk_submission_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission_file (
    submission_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    stored_name   VARCHAR(64)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT uk_submission_file_stored UNIQUE (stored_name),
    CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_kind VARCHAR(16) NOT NULL,
    owner_id   BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME    NOT NULL,
    CONSTRAINT uk_calendar_token_hash UNIQUE (token_hash),
    CONSTRAINT uk_calendar_token_owner UNIQUE (owner_kind, owner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
