package org.convene.benchmarks.rsvp;

import org.convene.benchmarks.postgres.PostgresAddress;
import org.convene.benchmarks.postgres.ReferenceDatabase;

/**
 * The pgbench scripts item 2 compares against, all run by pgbench's C client on the same server: the target's
 * one-row update; the least any correct answer writes (the seat count, then the member's row, under the event's
 * lock, in one call); and Convene's own one-call answer without the JVM in front of it.
 */
final class HotEventScripts {

    static final String ONE_ROW_UPDATE = "update hot_row set taken = taken + 1 where id = 1;\n";

    private HotEventScripts() {
    }

    /** Creates the one-row table in {@code reference}; returns the script. */
    static String oneRowUpdate(PostgresAddress reference) {
        ReferenceDatabase.execute(reference, "create table hot_row (id int primary key, taken bigint not null)",
                "insert into hot_row values (1, 0)");
        return ONE_ROW_UPDATE;
    }

    /** Creates an event row, {@code members} answer rows and the two-update function in {@code reference}. */
    static String leastAnswer(PostgresAddress reference, int members) {
        ReferenceDatabase.execute(reference,
                "create table least_event (id int primary key, seats int not null)",
                "insert into least_event values (1, 0)",
                "create table least_rsvp (event_id int, member_id int, going boolean not null, "
                        + "responded_at timestamptz not null, primary key (event_id, member_id))",
                "insert into least_rsvp select 1, m, false, now() from generate_series(1, " + members + ") m",
                "create function least_answer(m int) returns void language plpgsql as $$ begin "
                        + "update least_event set seats = seats + 1 where id = 1; "
                        + "update least_rsvp set going = not going, responded_at = now() "
                        + "where event_id = 1 and member_id = m; end $$");
        return "\\set m random(1, " + members + ")\nselect least_answer(:m);\n";
    }

    /**
     * Convene's read and {@code apply_answer} call for one member going and not going in turn, each client with
     * its own members (two clients answering for one member would, rightly, make the call refuse).
     */
    static String conveneAnswer(long event, long firstMember, int members, int clients) {
        int perClient = members / clients;
        return "\\set m " + firstMember + " + :client_id * " + perClient + " + random(0, " + (perClient - 1) + ")\n"
                + "select a.* from event e left join rsvp r on r.event_id = e.id and r.member_id = :m,\n"
                + "lateral apply_answer_versioned(e.id, :m, e.status, e.starts_at, e.capacity, e.guest_limit,\n"
                + "  e.rsvp_deadline,\n"
                + "  r.member_id is not null, r.answer, r.guests, r.state, r.waitlist_order, r.responded_at,\n"
                + "  case when r.answer = 'GOING' then 'NOT_GOING' else 'GOING' end, 0,\n"
                + "  case when r.answer = 'GOING' then 'NONE' else 'CONFIRMED' end,\n"
                + "  case when r.answer = 'GOING' then -1 else 1 end,\n"
                + "  case when r.answer = 'GOING' then 'NOBODY_WAITING' else 'FITS' end, true, now()) a\n"
                + "where e.id = " + event + ";\n";
    }
}
