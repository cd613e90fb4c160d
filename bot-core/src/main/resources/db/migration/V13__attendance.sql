-- Attendance: an event's check-in code and whether an organizer closed it, who checked in (or was marked), how long
-- a community counts a no-show, and whether an event lets members with a recent no-show wait behind the others.
create table attendance_sheet (
    event_id  bigint primary key references event (id) on delete cascade,
    code      text        not null,
    closed_at timestamptz
);

create table check_in (
    event_id     bigint      not null references event (id) on delete cascade,
    member_id    bigint      not null references member (id) on delete cascade,
    checked_in_at timestamptz not null,
    marked_by    bigint references member (id) on delete set null,
    primary key (event_id, member_id)
);
create index check_in_member on check_in (member_id);

create table community_attendance (
    community_id       bigint primary key references community (id) on delete cascade,
    noshow_expiry_days int not null check (noshow_expiry_days between 1 and 3650)
);

alter table event add column noshows_behind boolean not null default false;
