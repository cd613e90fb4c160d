-- A space the app was removed from (a Slack workspace that uninstalled it) stays with its community and its data, but
-- nothing is delivered there until the app is used in it again.
alter table space add column active boolean not null default true;
alter table space add column inactive_since timestamptz;
