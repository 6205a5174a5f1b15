-- The exchange space (threads of a cohort, their posts, mentions, each cohort's settings, each
-- person's email choice) and the network directory (opt-in entries with per-field choices).

CREATE TABLE exchange_settings (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT  NOT NULL DEFAULT 0,
    cohort_id         BIGINT  NOT NULL,
    partners_may_read BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_exchange_settings_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_exchange_settings_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exchange_thread (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    cohort_id    BIGINT       NOT NULL,
    theme        VARCHAR(32)  NULL,
    title        VARCHAR(200) NOT NULL,
    started_by   BIGINT       NOT NULL,
    started_at   DATETIME(3)  NOT NULL,
    last_post_at DATETIME(3)  NOT NULL,
    post_count   INT          NOT NULL DEFAULT 0,
    locked       BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The list of a cohort's threads, latest activity first, with or without a theme.
    INDEX ix_exchange_thread_cohort (cohort_id, last_post_at, id),
    INDEX ix_exchange_thread_cohort_theme (cohort_id, theme, last_post_at, id),
    INDEX ix_exchange_thread_started_by (started_by),
    CONSTRAINT fk_exchange_thread_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_exchange_thread_person FOREIGN KEY (started_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exchange_post (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    thread_id     BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(5000) NOT NULL,
    posted_at     DATETIME(3)   NOT NULL,
    edited_at     DATETIME(3)   NULL,
    stored_name   VARCHAR(64)   NULL,
    file_name     VARCHAR(200)  NULL,
    content_type  VARCHAR(120)  NULL,
    size_bytes    BIGINT        NULL,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(500)  NULL,
    hidden_by     VARCHAR(64)   NULL,
    -- A thread's posts in order (visible ones first filter), its participants, the day's posts.
    INDEX ix_exchange_post_thread (thread_id, hidden, posted_at, id),
    INDEX ix_exchange_post_thread_author (thread_id, author_id),
    INDEX ix_exchange_post_author (author_id, thread_id),
    INDEX ix_exchange_post_posted (posted_at),
    CONSTRAINT fk_exchange_post_thread FOREIGN KEY (thread_id) REFERENCES exchange_thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_exchange_post_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exchange_mention (
    post_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (post_id, person_id),
    INDEX ix_exchange_mention_person (person_id, post_id),
    CONSTRAINT fk_exchange_mention_post FOREIGN KEY (post_id) REFERENCES exchange_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_exchange_mention_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exchange_mail_preference (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    person_id         BIGINT      NOT NULL,
    frequency         VARCHAR(16) NOT NULL,
    unsubscribe_token CHAR(43)    NOT NULL COLLATE utf8mb4_bin,
    CONSTRAINT uk_exchange_mail_preference_person UNIQUE (person_id),
    CONSTRAINT uk_exchange_mail_preference_token UNIQUE (unsubscribe_token),
    INDEX ix_exchange_mail_preference_frequency (frequency, person_id),
    CONSTRAINT fk_exchange_mail_preference_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE directory_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    person_id      BIGINT        NOT NULL,
    listed         BOOLEAN       NOT NULL DEFAULT FALSE,
    phone          VARCHAR(40)   NULL,
    expertise      VARCHAR(1000) NULL,
    show_email     BOOLEAN       NOT NULL DEFAULT FALSE,
    show_phone     BOOLEAN       NOT NULL DEFAULT FALSE,
    show_expertise BOOLEAN       NOT NULL DEFAULT FALSE,
    show_themes    BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at     DATETIME(3)   NOT NULL,
    CONSTRAINT uk_directory_entry_person UNIQUE (person_id),
    INDEX ix_directory_entry_listed (listed, person_id),
    CONSTRAINT fk_directory_entry_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE directory_entry_theme (
    entry_id BIGINT      NOT NULL,
    theme    VARCHAR(32) NOT NULL,
    PRIMARY KEY (entry_id, theme),
    INDEX ix_directory_entry_theme_theme (theme, entry_id),
    CONSTRAINT fk_directory_entry_theme_entry FOREIGN KEY (entry_id) REFERENCES directory_entry (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
