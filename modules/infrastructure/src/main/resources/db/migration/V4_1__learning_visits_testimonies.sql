-- Learning visits with their registrations and waiting list; speakers and takeaways of testimonies
-- and practical situations.

CREATE TABLE learning_visit (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    cohort_id             BIGINT        NOT NULL,
    host_id               BIGINT        NOT NULL,
    proposed_by           BIGINT        NOT NULL,
    session_id            BIGINT        NULL,
    theme                 VARCHAR(32)   NOT NULL,
    other_theme           VARCHAR(120)  NULL,
    practice              VARCHAR(200)  NOT NULL,
    starts_at             DATETIME      NOT NULL,
    ends_at               DATETIME      NOT NULL,
    venue_name            VARCHAR(160)  NOT NULL,
    venue_address         VARCHAR(300)  NOT NULL,
    programme             VARCHAR(4000) NOT NULL,
    places                INT           NOT NULL,
    registration_deadline DATE          NOT NULL,
    next_arrival          INT           NOT NULL DEFAULT 1,
    CONSTRAINT ck_visit_places CHECK (places > 0),
    CONSTRAINT ck_visit_times CHECK (ends_at > starts_at),
    CONSTRAINT uk_visit_session UNIQUE (session_id),
    INDEX ix_visit_cohort_start (cohort_id, starts_at),
    INDEX ix_visit_host (host_id),
    INDEX ix_visit_proposed_by (proposed_by),
    CONSTRAINT fk_visit_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_visit_host FOREIGN KEY (host_id) REFERENCES territory (id),
    CONSTRAINT fk_visit_proposed_by FOREIGN KEY (proposed_by) REFERENCES person (id),
    CONSTRAINT fk_visit_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per visit and member: cancelling and registering again reuses it (at the end of the queue).
CREATE TABLE visit_registration (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id      BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    arrival       INT           NOT NULL,
    registered_at DATETIME      NOT NULL,
    promoted_at   DATETIME      NULL,
    learnt        VARCHAR(2000) NULL,
    will_try      VARCHAR(2000) NULL,
    debriefed_at  DATETIME      NULL,
    CONSTRAINT uk_registration_visit_member UNIQUE (visit_id, member_id),
    INDEX ix_registration_visit_status (visit_id, status, arrival),
    INDEX ix_registration_member (member_id),
    CONSTRAINT fk_registration_visit FOREIGN KEY (visit_id) REFERENCES learning_visit (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_speakers (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    session_id BIGINT        NOT NULL,
    scenario   VARCHAR(4000) NULL,
    CONSTRAINT uk_session_speakers_session UNIQUE (session_id),
    CONSTRAINT fk_session_speakers_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_speaker (
    speakers_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    organisation VARCHAR(160) NULL,
    role         VARCHAR(160) NULL,
    PRIMARY KEY (speakers_id, position),
    CONSTRAINT fk_session_speaker_speakers FOREIGN KEY (speakers_id) REFERENCES session_speakers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_play_role (
    speakers_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    brief       VARCHAR(1000) NULL,
    PRIMARY KEY (speakers_id, position),
    CONSTRAINT fk_session_play_role_speakers FOREIGN KEY (speakers_id) REFERENCES session_speakers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_takeaway (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT        NOT NULL,
    person_id  BIGINT        NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    written_at DATETIME      NOT NULL,
    CONSTRAINT uk_takeaway_session_person UNIQUE (session_id, person_id),
    INDEX ix_takeaway_person (person_id),
    CONSTRAINT fk_takeaway_session FOREIGN KEY (session_id) REFERENCES path_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_takeaway_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
