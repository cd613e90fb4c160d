-- Every claim of outbox rows carries a fresh token beside its owner; a worker writes a row back (renewal, sent,
-- retry, failed) only while the row still carries its token, so a worker whose lease lapsed and was claimed again
-- by another can no longer overwrite what that other worker does.
alter table outbox add column lease_token uuid;
