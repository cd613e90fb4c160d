-- How far the timed-message planner has planned: each tick plans only what became due since, then moves the mark.
-- Null means never, so the first tick plans everything already due (the outbox's dedupe key keeps each message once).
create table planner_mark (
    name       text primary key,
    planned_to timestamptz
);
insert into planner_mark (name, planned_to) values ('timed', null);

-- A series carries what its next occurrences copy: an anchor occurrence whose local date and time the later ones
-- follow (moved by an edit with scope=series), the details every occurrence starts with, how far it is laid out,
-- and whether it has ended.
alter table series
    add column anchor_start          timestamptz,
    add column anchor_occurrence     int         not null default 0,
    add column next_occurrence       int         not null default 0,
    add column laid_out_until        timestamptz,
    add column ended_at              timestamptz,
    add column title                 text,
    add column description           text        not null default '',
    add column length_seconds        bigint      not null default 3600,
    add column venue                 text,
    add column online_url            text,
    add column private_link          text,
    add column capacity              int,
    add column guest_limit           int         not null default 0,
    add column deadline_lead_seconds bigint;

-- Existing series take their newest occurrence as the anchor and template.
update series s
set anchor_start          = last.starts_at,
    anchor_occurrence     = last.occurrence,
    next_occurrence       = last.occurrence + 1,
    laid_out_until        = last.starts_at,
    title                 = last.title,
    description           = last.description,
    length_seconds        = extract(epoch from last.ends_at - last.starts_at)::bigint,
    venue                 = last.venue,
    online_url            = last.online_url,
    private_link          = last.private_link,
    capacity              = last.capacity,
    guest_limit           = last.guest_limit,
    deadline_lead_seconds = extract(epoch from last.starts_at - last.rsvp_deadline)::bigint
from (select distinct on (series_id) * from event where series_id is not null
      order by series_id, occurrence desc) last
where last.series_id = s.id;

create index series_to_lay_out on series (laid_out_until) where ended_at is null;
