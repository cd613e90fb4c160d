-- The public face of a community: a URL-safe key for its pages and feeds, and whether it shows them at all.
alter table community
    add column public_key text    not null default substr(replace(gen_random_uuid()::text, '-', ''), 1, 12),
    add column public     boolean not null default true;
alter table community add constraint community_public_key unique (public_key);

-- A member's name appears on public pages (as an organizer) only when the member chose to be listed.
alter table member add column listed boolean not null default false;

-- Calendar clients notice a change by a rising SEQUENCE. The trigger raises it in the transaction of every write that
-- changes what a calendar shows (edits, series edits, cancellations), and not for seat counts alone; changed_at is
-- that write's updated_at, the feed's LAST-MODIFIED.
alter table event
    add column change_sequence int         not null default 0,
    add column changed_at      timestamptz not null default now();
update event set changed_at = updated_at;

create function event_calendar_change() returns trigger language plpgsql as $$
begin
    if (new.title, new.description, new.starts_at, new.ends_at, new.time_zone, new.venue, new.online_url,
        new.private_link, new.status, new.cancel_reason)
       is distinct from
       (old.title, old.description, old.starts_at, old.ends_at, old.time_zone, old.venue, old.online_url,
        old.private_link, old.status, old.cancel_reason) then
        new.change_sequence := old.change_sequence + 1;
        new.changed_at := new.updated_at;
    else
        new.change_sequence := old.change_sequence;
        new.changed_at := old.changed_at;
    end if;
    return new;
end
$$;

create trigger event_calendar_change before update on event
    for each row execute function event_calendar_change();

create function event_calendar_created() returns trigger language plpgsql as $$
begin
    new.changed_at := new.updated_at;
    return new;
end
$$;

create trigger event_calendar_created before insert on event
    for each row execute function event_calendar_created();

-- A member's personal calendar feed is read with a secret; only its SHA-256 is kept. A reset replaces the row.
create table calendar_secret (
    member_id   bigint      primary key references member (id) on delete cascade,
    secret_hash bytea       not null unique,
    created_at  timestamptz not null
);
