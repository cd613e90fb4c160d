-- Communities, the spaces (Discord guilds, Slack workspaces) bound to them, and their members.
create table community (
    id          bigserial primary key,
    name        text        not null,
    time_zone   text        not null,
    created_at  timestamptz not null
);

create table space (
    platform     text   not null,
    space_id     text   not null,
    community_id bigint not null references community (id),
    name         text   not null default '',
    primary key (platform, space_id)
);
create index space_community on space (community_id);

create table member (
    id           bigserial primary key,
    community_id bigint      not null references community (id),
    display_name text        not null,
    admin        boolean     not null default false,
    created_at   timestamptz not null
);
create index member_community on member (community_id);

create table identity (
    community_id bigint not null references community (id),
    platform     text   not null,
    user_id      text   not null,
    member_id    bigint not null references member (id) on delete cascade,
    primary key (community_id, platform, user_id)
);
create index identity_member on identity (member_id);

-- One-time codes: joining a second space to a community, or linking two identities of one person.
create table link_code (
    code         text        primary key,
    purpose      text        not null check (purpose in ('SPACE', 'IDENTITY')),
    community_id bigint      not null references community (id) on delete cascade,
    member_id    bigint      not null references member (id) on delete cascade,
    expires_at   timestamptz not null
);

create table meetup_group (
    id           bigserial primary key,
    community_id bigint      not null references community (id),
    slug         text        not null,
    name         text        not null,
    description  text        not null default '',
    archived     boolean     not null default false,
    created_at   timestamptz not null,
    unique (community_id, slug)
);

create table group_organizer (
    group_id  bigint not null references meetup_group (id),
    member_id bigint not null references member (id) on delete cascade,
    primary key (group_id, member_id)
);

create table group_membership (
    group_id  bigint      not null references meetup_group (id),
    member_id bigint      not null references member (id) on delete cascade,
    joined_at timestamptz not null,
    primary key (group_id, member_id)
);
create index group_membership_member on group_membership (member_id);

create table group_channel (
    group_id   bigint not null references meetup_group (id),
    platform   text   not null,
    space_id   text   not null,
    channel_id text   not null,
    primary key (group_id, platform, space_id, channel_id)
);

create table series (
    id         bigserial primary key,
    group_id   bigint      not null references meetup_group (id),
    rule       text        not null check (rule in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    local_time time        not null,
    time_zone  text        not null,
    created_at timestamptz not null
);

create table event (
    id              bigserial primary key,
    group_id        bigint      not null references meetup_group (id),
    series_id       bigint references series (id),
    occurrence      int,
    title           text        not null,
    description     text        not null default '',
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    time_zone       text        not null,
    venue           text,
    online_url      text,
    private_link    text,
    capacity        int check (capacity is null or capacity >= 0),
    guest_limit     int         not null default 0 check (guest_limit >= 0),
    rsvp_deadline   timestamptz,
    status          text        not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    cancel_reason   text,
    seats_taken     int         not null default 0 check (seats_taken >= 0),
    created_by      bigint references member (id) on delete set null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (ends_at > starts_at),
    check (capacity is null or seats_taken <= capacity),
    unique (series_id, occurrence)
);
create index event_group_start on event (group_id, starts_at);
create index event_start on event (starts_at) where status = 'SCHEDULED';

create table rsvp (
    event_id       bigint      not null references event (id),
    member_id      bigint      not null references member (id) on delete cascade,
    answer         text        not null check (answer in ('GOING', 'MAYBE', 'NOT_GOING')),
    guests         int         not null default 0 check (guests >= 0),
    state          text        not null check (state in ('CONFIRMED', 'WAITLISTED', 'NONE')),
    waitlist_order bigint,
    responded_at   timestamptz not null,
    primary key (event_id, member_id),
    unique (event_id, waitlist_order)
);
create index rsvp_member on rsvp (member_id);
