-- A waitlisted RSVP is exactly one with a waitlist order; the waitlist index holds only those rows, so finding an
-- event's waitlist (usually empty) costs the same however many members answered, and an RSVP whose order stays
-- null can still be updated in place (HOT).
alter table rsvp add constraint rsvp_waitlisted_has_order check ((state = 'WAITLISTED') = (waitlist_order is not null));
alter table rsvp drop constraint rsvp_event_id_waitlist_order_key;
create unique index rsvp_waitlist on rsvp (event_id, waitlist_order) where waitlist_order is not null;

-- Applies an RSVP that the application decided on an unlocked read, in one call, holding the event's row lock only
-- inside the server and for as few statements as it can. The decision itself (confirmed, waitlisted, refused, who is
-- promoted) stays in the application's seat ledger; this function only checks, under the lock, that what the decision
-- rested on still holds, and writes it. When anything differs it raises SQLSTATE CV001, which undoes the call, and
-- the caller takes the locked path.
--
-- What the decision rested on:
--   * the event's answer rules as read: status, start, capacity, guest allowance, deadline;
--   * the member's RSVP as read (p_had_rsvp false: none);
--   * p_premise: 'FITS'           the seats after the move stay within the capacity;
--                'STILL_FULL'     the member's party still does not fit, so it waits;
--                'NOBODY_WAITING' seats are freed and no one waits, so no one is promoted;
--                'NONE'           nothing about seats.
-- A new waitlist place takes the next order after the event's current waitlist, as the ledger does.
create function apply_answer(
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
declare
    taken     int;
    new_order bigint;
begin
    -- Needs no lock on the event, so it comes before the event's row is locked.
    if p_join_group then
        insert into group_membership (group_id, member_id, joined_at)
        select e.group_id, p_member_id, p_now from event e where e.id = p_event_id
        on conflict do nothing;
    end if;

    -- Locks the event's row, checks its rules and the seat premise on its newest version, and moves the seats.
    update event e set seats_taken = e.seats_taken + p_seat_delta, updated_at = p_now
    where e.id = p_event_id
      and e.status = p_status and e.starts_at = p_starts_at and e.capacity is not distinct from p_capacity
      and e.guest_limit = p_guest_limit and e.rsvp_deadline is not distinct from p_rsvp_deadline
      and (p_premise <> 'FITS' or e.capacity is null or e.seats_taken + p_seat_delta <= e.capacity)
      and (p_premise <> 'STILL_FULL' or (e.capacity is not null and e.seats_taken + 1 + p_guests > e.capacity))
    returning e.seats_taken into taken;
    if not found then
        raise exception using errcode = 'CV001', message = 'the event changed since the answer was decided';
    end if;

    if p_premise = 'NOBODY_WAITING'
        and exists (select 1 from rsvp w where w.event_id = p_event_id and w.waitlist_order is not null) then
        raise exception using errcode = 'CV001', message = 'someone waits for the seats the answer frees';
    end if;

    if p_state = 'WAITLISTED' then
        if p_old_state = 'WAITLISTED' then
            new_order := p_old_order;
        else
            select coalesce(max(w.waitlist_order), 0) + 1 into new_order
            from rsvp w where w.event_id = p_event_id and w.waitlist_order is not null;
        end if;
    end if;

    if p_had_rsvp then
        update rsvp r
        set answer = p_answer, guests = p_guests, state = p_state, waitlist_order = new_order, responded_at = p_now
        where r.event_id = p_event_id and r.member_id = p_member_id
          and r.answer = p_old_answer and r.guests = p_old_guests and r.state = p_old_state
          and r.waitlist_order is not distinct from p_old_order and r.responded_at = p_old_responded_at;
    else
        insert into rsvp (event_id, member_id, answer, guests, state, waitlist_order, responded_at)
        values (p_event_id, p_member_id, p_answer, p_guests, p_state, new_order, p_now)
        on conflict do nothing;
    end if;
    if not found then
        raise exception using errcode = 'CV001', message = 'the member''s RSVP changed since the answer was decided';
    end if;

    return query select taken, new_order,
        case when new_order is null then 0
             else (select count(*)::int from rsvp w
                   where w.event_id = p_event_id and w.waitlist_order is not null and w.waitlist_order <= new_order)
        end;
end
$$;
