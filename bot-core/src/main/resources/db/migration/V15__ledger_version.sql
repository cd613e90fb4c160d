-- Every event carries a ledger version: a number that changes with every committed write that can change what the
-- seat ledger decides for the event, that is with any change to the event's row or to any of its RSVPs. An instance
-- that remembers an event's ledger at one version can apply answers decided on it in one call that checks the
-- version under the event's lock (apply_answers), instead of reading under the lock first.
create sequence ledger_version;

alter table event add column ledger_version bigint not null default 0;

-- Any update of an event that does not set its version itself takes a new one.
create function event_takes_ledger_version() returns trigger
    language plpgsql
as
$$
begin
    if new.ledger_version = old.ledger_version then
        new.ledger_version := nextval('ledger_version');
    end if;
    return new;
end
$$;

create trigger event_takes_ledger_version
    before update on event
    for each row execute function event_takes_ledger_version();

-- A write of an RSVP gives its event a new version, unless the writing transaction has said it versions that event
-- itself (it updates the event's row in the same transaction: the answer paths). Writers that do not say so (merges,
-- a member's deletion, the locked answer path) pay one more update of the event's row per RSVP row.
create function rsvp_versions_event() returns trigger
    language plpgsql
as
$$
begin
    if tg_op <> 'INSERT' then
        update event set ledger_version = nextval('ledger_version') where id = old.event_id;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.event_id <> old.event_id) then
        update event set ledger_version = nextval('ledger_version') where id = new.event_id;
    end if;
    return null;
end
$$;

create trigger rsvp_written_versions_event
    after insert or update on rsvp
    for each row
    when (current_setting('convene.versioned_event', true) is distinct from new.event_id::text)
execute function rsvp_versions_event();

create trigger rsvp_deleted_versions_event
    after delete on rsvp
    for each row
    when (current_setting('convene.versioned_event', true) is distinct from old.event_id::text)
execute function rsvp_versions_event();

-- apply_answer (V3), saying first that it versions the event itself (it always updates the event's row), so its RSVP
-- write does not update the event's row a second time. apply_answer stays as it was for the code released before.
create function apply_answer_versioned(
    p_event_id bigint, p_member_id bigint,
    p_status text, p_starts_at timestamptz, p_capacity int, p_guest_limit int, p_rsvp_deadline timestamptz,
    p_had_rsvp boolean, p_old_answer text, p_old_guests int, p_old_state text, p_old_order bigint,
    p_old_responded_at timestamptz,
    p_answer text, p_guests int, p_state text, p_seat_delta int, p_premise text, p_join_group boolean,
    p_now timestamptz)
    returns table (seats_taken int, waitlist_order bigint, waitlist_position int)
    language plpgsql
as
$$
begin
    perform set_config('convene.versioned_event', p_event_id::text, true);
    return query select a.seats_taken, a.waitlist_order, a.waitlist_position
        from apply_answer(p_event_id, p_member_id, p_status, p_starts_at, p_capacity, p_guest_limit,
            p_rsvp_deadline, p_had_rsvp, p_old_answer, p_old_guests, p_old_state, p_old_order, p_old_responded_at,
            p_answer, p_guests, p_state, p_seat_delta, p_premise, p_join_group, p_now) a;
end
$$;

-- Writes a batch of answers that the application decided on the event as it was at p_version, in one call and one
-- transaction: joins the members in p_joining to the event's group (before the event's lock, as apply_answer does),
-- then, under the event's lock, checks that the event is still at p_version and still in a group of p_community_id,
-- sets its seats taken and stores the RSVPs (inserted or replaced, in the order given). Returns the event's new
-- version. When the event changed since p_version it raises SQLSTATE CV001, which undoes the call.
create function apply_answers(
    p_event_id bigint, p_version bigint, p_community_id bigint, p_seats_taken int, p_joining bigint[],
    p_members bigint[], p_answers text[], p_guests int[], p_states text[], p_orders bigint[],
    p_responded_at timestamptz[], p_now timestamptz)
    returns bigint
    language plpgsql
as
$$
declare
    version bigint;
begin
    perform set_config('convene.versioned_event', p_event_id::text, true);

    insert into group_membership (group_id, member_id, joined_at)
    select e.group_id, j.member_id, p_now
    from event e join meetup_group g on g.id = e.group_id, unnest(p_joining) as j(member_id)
    where e.id = p_event_id and g.community_id = p_community_id
    order by j.member_id
    on conflict do nothing;

    update event e set seats_taken = p_seats_taken, updated_at = p_now
    where e.id = p_event_id and e.ledger_version = p_version
      and exists (select 1 from meetup_group g where g.id = e.group_id and g.community_id = p_community_id)
    returning e.ledger_version into version;
    if not found then
        raise exception using errcode = 'CV001', message = 'the event changed since the answers were decided';
    end if;

    insert into rsvp (event_id, member_id, answer, guests, state, waitlist_order, responded_at)
    select p_event_id, r.member_id, r.answer, r.guests, r.state, r.waitlist_order, r.responded_at
    from unnest(p_members, p_answers, p_guests, p_states, p_orders, p_responded_at) with ordinality
        as r(member_id, answer, guests, state, waitlist_order, responded_at, position)
    order by r.position
    on conflict (event_id, member_id) do update set answer = excluded.answer, guests = excluded.guests,
        state = excluded.state, waitlist_order = excluded.waitlist_order, responded_at = excluded.responded_at;

    return version;
end
$$;
