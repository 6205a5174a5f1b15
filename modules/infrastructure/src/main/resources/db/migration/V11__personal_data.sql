-- Personal data (GDPR): when a person was erased, and when a closed cohort's participants were
-- anonymised by the retention period (the job skips cohorts already done). The end date is what
-- closes a cohort; its index serves the retention job's search for cohorts closed long ago.
ALTER TABLE person ADD COLUMN erased_at DATETIME(3) NULL;

ALTER TABLE cohort
    ADD COLUMN personal_data_anonymised_at DATETIME(3) NULL,
    ADD INDEX ix_cohort_end (end_date);
