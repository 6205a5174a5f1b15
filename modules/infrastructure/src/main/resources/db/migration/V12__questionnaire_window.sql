-- How many days each session's questionnaire stays open, chosen by the cohort's facilitators.
ALTER TABLE cohort
    ADD COLUMN questionnaire_days TINYINT NOT NULL DEFAULT 7,
    ADD CONSTRAINT ck_cohort_questionnaire_days CHECK (questionnaire_days BETWEEN 1 AND 30);
