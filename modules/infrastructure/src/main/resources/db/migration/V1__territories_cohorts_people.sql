-- Territories, their teams, people who sign in, cohorts. Dates are calendar days (no time zone).

CREATE TABLE person (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(512) NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_person_username UNIQUE (username),
    INDEX ix_person_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, role),
    INDEX ix_person_role_role (role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE territory (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(120) NOT NULL,
    kind    VARCHAR(32)  NOT NULL,
    region  VARCHAR(80)  NOT NULL,
    demo    BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_territory_name UNIQUE (name),
    INDEX ix_territory_region (region),
    INDEX ix_territory_kind (kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    territory_id BIGINT       NOT NULL,
    full_name    VARCHAR(120) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    team_role    VARCHAR(32)  NOT NULL,
    organisation VARCHAR(160) NULL,
    CONSTRAINT uk_member_territory_email UNIQUE (territory_id, email),
    INDEX ix_member_email (email),
    CONSTRAINT fk_member_territory FOREIGN KEY (territory_id) REFERENCES territory (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(120) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE         NOT NULL,
    CONSTRAINT uk_cohort_name UNIQUE (name),
    CONSTRAINT ck_cohort_period CHECK (end_date > start_date),
    INDEX ix_cohort_start (start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_territory (
    cohort_id    BIGINT NOT NULL,
    territory_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, territory_id),
    INDEX ix_cohort_territory_territory (territory_id),
    CONSTRAINT fk_cohort_territory_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_territory_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_facilitator (
    cohort_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    INDEX ix_cohort_facilitator_person (person_id),
    CONSTRAINT fk_cohort_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_facilitator_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
