-- Co-development (Payette & Champagne): groups of peers from different territories and their sessions.
-- A session is held as a session of the schedule (kind CODEV_WORKSHOP) so that it shows in calendars.
-- Its content is confidential to its group and facilitators: the application enforces who reads it.

CREATE TABLE codev_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    cohort_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    theme       VARCHAR(32)  NULL,
    animateur_id BIGINT      NOT NULL,
    INDEX ix_codev_group_cohort (cohort_id),
    INDEX ix_codev_group_animateur (animateur_id),
    CONSTRAINT fk_codev_group_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_group_animateur FOREIGN KEY (animateur_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_group_member (
    group_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, member_id),
    INDEX ix_codev_group_member_member (member_id),
    CONSTRAINT fk_codev_group_member_group FOREIGN KEY (group_id) REFERENCES codev_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_group_member_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_session (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    group_id               BIGINT        NOT NULL,
    session_id             BIGINT        NOT NULL,
    client_id              BIGINT        NULL,
    status                 VARCHAR(16)   NOT NULL,
    current_step           VARCHAR(16)   NULL,
    step_started_at        DATETIME      NULL,
    minutes_presentation   INT           NOT NULL,
    minutes_clarification  INT           NOT NULL,
    minutes_contract       INT           NOT NULL,
    minutes_consultation   INT           NOT NULL,
    minutes_action_plan    INT           NOT NULL,
    minutes_learnings      INT           NOT NULL,
    subject                VARCHAR(4000) NULL,
    subject_submitted_at   DATETIME      NULL,
    request                VARCHAR(1000) NULL,
    contract               VARCHAR(1000) NULL,
    action_plan            VARCHAR(4000) NULL,
    commitment             VARCHAR(1000) NULL,
    commitment_due         DATE          NULL,
    commitment_outcome     VARCHAR(16)   NULL,
    commitment_comment     VARCHAR(1000) NULL,
    commitment_reported_at DATETIME      NULL,
    CONSTRAINT uk_codev_session_session UNIQUE (session_id),
    INDEX ix_codev_session_group (group_id),
    INDEX ix_codev_session_client (client_id),
    CONSTRAINT fk_codev_session_group FOREIGN KEY (group_id) REFERENCES codev_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_session_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_session_client FOREIGN KEY (client_id) REFERENCES member (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_session_participant (
    codev_session_id BIGINT NOT NULL,
    member_id        BIGINT NOT NULL,
    PRIMARY KEY (codev_session_id, member_id),
    INDEX ix_codev_participant_member (member_id),
    CONSTRAINT fk_codev_participant_session FOREIGN KEY (codev_session_id) REFERENCES codev_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_participant_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Pitched subjects, consultants' suggestions and learning notes share one shape.
CREATE TABLE codev_pitch (
    codev_session_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    member_id        BIGINT        NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    shareable        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (codev_session_id, position),
    INDEX ix_codev_pitch_member (member_id),
    CONSTRAINT fk_codev_pitch_session FOREIGN KEY (codev_session_id) REFERENCES codev_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_pitch_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_suggestion (
    codev_session_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    member_id        BIGINT        NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    shareable        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (codev_session_id, position),
    INDEX ix_codev_suggestion_member (member_id),
    CONSTRAINT fk_codev_suggestion_session FOREIGN KEY (codev_session_id) REFERENCES codev_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_suggestion_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_learning (
    codev_session_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    member_id        BIGINT        NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    shareable        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (codev_session_id, position),
    INDEX ix_codev_learning_member (member_id),
    CONSTRAINT fk_codev_learning_session FOREIGN KEY (codev_session_id) REFERENCES codev_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_learning_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE codev_vote (
    codev_session_id BIGINT NOT NULL,
    voter_id         BIGINT NOT NULL,
    author_id        BIGINT NOT NULL,
    PRIMARY KEY (codev_session_id, voter_id),
    INDEX ix_codev_vote_author (author_id),
    CONSTRAINT fk_codev_vote_session FOREIGN KEY (codev_session_id) REFERENCES codev_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_vote_voter FOREIGN KEY (voter_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_codev_vote_author FOREIGN KEY (author_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
