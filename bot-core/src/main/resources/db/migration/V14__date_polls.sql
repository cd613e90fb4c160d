-- Date polls: an organizer offers a group a few dates, members pick the ones that suit them, the organizer closes
-- the poll and posts the event for the winning date. The community is the group's, so merging communities moves
-- polls with their groups; a merged member's votes go with the member row.
create table date_poll (
    id             bigserial   primary key,
    group_id       bigint      not null references meetup_group (id),
    title          text        not null,
    length_minutes integer     not null check (length_minutes > 0),
    venue          text,
    created_by     bigint      references member (id) on delete set null,
    created_at     timestamptz not null,
    closed_at      timestamptz,
    event_id       bigint      references event (id)
);

create index date_poll_group on date_poll (group_id);

create table date_poll_option (
    poll_id   bigint      not null references date_poll (id) on delete cascade,
    position  smallint    not null check (position between 1 and 5),
    starts_at timestamptz not null,
    primary key (poll_id, position)
);

create table date_poll_vote (
    poll_id   bigint      not null,
    position  smallint    not null,
    member_id bigint      not null references member (id) on delete cascade,
    voted_at  timestamptz not null,
    primary key (poll_id, position, member_id),
    foreign key (poll_id, position) references date_poll_option (poll_id, position) on delete cascade
);
