-- Members propose groups; an admin accepts one (the group is created) or declines it with a reason.
create table group_proposal (
    id           bigserial primary key,
    community_id bigint      not null references community (id) on delete cascade,
    proposer_id  bigint      not null references member (id) on delete cascade,
    slug         text        not null,
    name         text        not null,
    description  text        not null default '',
    why          text        not null default '',
    status       text        not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'DECLINED')),
    reason       text,
    decided_by   bigint references member (id) on delete set null,
    group_id     bigint references meetup_group (id),
    created_at   timestamptz not null,
    decided_at   timestamptz
);
create index group_proposal_open on group_proposal (community_id, id) where status = 'OPEN';

-- The members a proposer names as co-organizers.
create table group_proposal_organizer (
    proposal_id bigint not null references group_proposal (id) on delete cascade,
    member_id   bigint not null references member (id) on delete cascade,
    primary key (proposal_id, member_id)
);

-- Admins who have reviewed proposals (by the platform's rights or the bot's), told of each new one.
create table proposal_reviewer (
    community_id bigint not null references community (id) on delete cascade,
    member_id    bigint not null references member (id) on delete cascade,
    primary key (community_id, member_id)
);

-- What a member reads before proposing a group; null means the default text.
alter table community add column proposal_guidelines text;

-- Where a member with linked accounts wants direct messages (DISCORD or SLACK); null is automatic (Discord first,
-- then Slack). No check constraint: a rule on a released table could break the released code's writes.
alter table member add column direct_messages text;

-- Groups whose member reminders a member does not want (the private link still comes).
create table reminder_mute (
    member_id bigint not null references member (id) on delete cascade,
    group_id  bigint not null references meetup_group (id),
    primary key (member_id, group_id)
);
