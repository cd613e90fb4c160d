package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.attendance.NoShowExpiry;
import org.convene.core.port.WaitlistRules;

/**
 * Reads an event's waitlist rule in one statement: whether it puts members with a recent no-show behind, and which of
 * the given members had a no-show (a seat at an event whose attendance was closed without their check-in) at an event
 * that started within the community's expiry.
 */
public final class JdbcWaitlistRules implements WaitlistRules {

    private final Jdbc jdbc;

    @Inject
    public JdbcWaitlistRules(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Rule of(long eventId, Collection<Long> memberIds, Instant now) {
        return jdbc.one("""
                select e.noshows_behind, case when e.noshows_behind then array(
                    select distinct r.member_id from rsvp r
                    join attendance_sheet s on s.event_id = r.event_id and s.closed_at is not null
                    join event past on past.id = r.event_id
                    where r.member_id = any(?::bigint[]) and r.state = 'CONFIRMED'
                      and past.starts_at > ?::timestamptz - make_interval(days => coalesce(a.noshow_expiry_days, ?))
                      and not exists (select 1 from check_in c
                                      where c.event_id = r.event_id and c.member_id = r.member_id))
                    else '{}'::bigint[] end
                from event e join meetup_group g on g.id = e.group_id
                left join community_attendance a on a.community_id = g.community_id
                where e.id = ?""", row -> new Rule(row.getBoolean(1), members(row.getArray(2))),
                memberIds.toArray(Long[]::new), now, NoShowExpiry.DEFAULT_DAYS, eventId).orElse(Rule.NONE);
    }


    private static Set<Long> members(Array array) throws java.sql.SQLException {
        return Arrays.stream((Long[]) array.getArray()).collect(Collectors.toSet());
    }
}
