-- Evaluation: answers to the questionnaire after each collective session, and each territory team's
-- self-assessment at mid-path and at the end on its cohort's grid.

-- One answer per member and session (the service checks first; the key settles a double click).
-- The territory is kept so that results stay whole if the member leaves the team (member_id nulled).
CREATE TABLE session_feedback (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    territory_id BIGINT       NOT NULL,
    member_id    BIGINT       NULL,
    usefulness   TINYINT      NOT NULL,
    satisfaction TINYINT      NOT NULL,
    to_apply     VARCHAR(500) NULL,
    answered_at  DATETIME     NOT NULL,
    CONSTRAINT uk_feedback_session_member UNIQUE (session_id, member_id),
    CONSTRAINT ck_feedback_usefulness CHECK (usefulness BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
    INDEX ix_feedback_territory (territory_id),
    INDEX ix_feedback_member (member_id),
    CONSTRAINT fk_feedback_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_territory FOREIGN KEY (territory_id) REFERENCES territory (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_grid (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT  NOT NULL DEFAULT 0,
    cohort_id BIGINT  NOT NULL,
    scale_max TINYINT NOT NULL DEFAULT 4,
    mid_open  BOOLEAN NOT NULL DEFAULT FALSE,
    end_open  BOOLEAN NOT NULL DEFAULT FALSE,
    answered  BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_grid_cohort UNIQUE (cohort_id),
    CONSTRAINT ck_grid_scale CHECK (scale_max IN (4, 5)),
    CONSTRAINT fk_grid_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_question (
    grid_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(300) NOT NULL,
    PRIMARY KEY (grid_id, position),
    CONSTRAINT fk_question_grid FOREIGN KEY (grid_id) REFERENCES assessment_grid (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One self-assessment per team and round.
CREATE TABLE self_assessment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT     NOT NULL DEFAULT 0,
    grid_id      BIGINT     NOT NULL,
    territory_id BIGINT     NOT NULL,
    round        VARCHAR(8) NOT NULL,
    filled_by    BIGINT     NULL,
    filled_at    DATETIME   NOT NULL,
    CONSTRAINT uk_assessment_team_round UNIQUE (grid_id, territory_id, round),
    INDEX ix_assessment_territory (territory_id),
    INDEX ix_assessment_filled_by (filled_by),
    CONSTRAINT fk_assessment_grid FOREIGN KEY (grid_id) REFERENCES assessment_grid (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_territory FOREIGN KEY (territory_id) REFERENCES territory (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_person FOREIGN KEY (filled_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE self_assessment_answer (
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    score         TINYINT       NOT NULL,
    comment       VARCHAR(1000) NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT ck_answer_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reminder job looks for sessions that ended in the last days.
CREATE INDEX ix_session_ends ON path_session (ends_at);
