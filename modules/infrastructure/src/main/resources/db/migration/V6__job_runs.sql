-- One row per scheduled job and period, inserted by the instance that runs it: the primary key
-- makes every other instance of the cluster find the period taken.
CREATE TABLE job_run (
    job        VARCHAR(80) NOT NULL,
    period     VARCHAR(40) NOT NULL,
    claimed_by VARCHAR(120) NOT NULL,
    claimed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (job, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
