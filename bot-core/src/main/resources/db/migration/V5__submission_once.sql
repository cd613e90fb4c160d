-- A form submitted twice (a double click, a retry after a slow answer, two instances) does its work once: each
-- submission's key is recorded in the same transaction as the work it did, and the primary key refuses it a second time.
create table submission (
    submission_key text primary key,
    done_at timestamptz not null
);
