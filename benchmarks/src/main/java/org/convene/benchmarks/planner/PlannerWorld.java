package org.convene.benchmarks.planner;

import java.time.Duration;
import java.time.Instant;
import org.convene.core.store.Jdbc;

/**
 * The data the planner benchmark runs over, written straight in SQL: one community with a bound channel, a number
 * of members with console identities, and upcoming events spread evenly over the coming weeks, each with every
 * member as a confirmed attendee and a private link.
 */
final class PlannerWorld {

    static final Duration SPREAD = Duration.ofDays(30);
    static final Duration FIRST_START = Duration.ofMinutes(30);

    private PlannerWorld() {
    }

    static void seed(Jdbc jdbc, Instant now, int events, int attendees) {
        Instant longAgo = now.minus(Duration.ofDays(60));
        jdbc.update("insert into community (id, name, time_zone, created_at) values (1, 'Bench', "
                + "'America/New_York', ?)", longAgo);
        jdbc.update("insert into space (platform, space_id, community_id) values ('CONSOLE', 'bench', 1)");
        jdbc.update("insert into meetup_group (id, community_id, slug, name, created_at) values (1, 1, 'bench', "
                + "'Bench', ?)", longAgo);
        jdbc.update("insert into group_channel values (1, 'CONSOLE', 'bench', 'general')");
        jdbc.update("""
                insert into member (id, community_id, display_name, created_at)
                select n, 1, 'member ' || n, ? from generate_series(1, ?) n""", longAgo, attendees);
        jdbc.update("""
                insert into identity (community_id, platform, user_id, member_id)
                select 1, 'CONSOLE', 'member-' || n, n from generate_series(1, ?) n""", attendees);
        long step = (SPREAD.toSeconds() - FIRST_START.toSeconds()) / events;
        jdbc.update("""
                insert into event (id, group_id, title, starts_at, ends_at, time_zone, private_link, seats_taken,
                    created_at, updated_at)
                select n, 1, 'Event ' || n, ?::timestamptz + make_interval(secs => n * ?),
                    ?::timestamptz + make_interval(secs => n * ?) + interval '2 hours', 'America/New_York',
                    'https://video.example.org/room-' || n, ?, ?, ?
                from generate_series(1, ?) n""", now.plus(FIRST_START), step, now.plus(FIRST_START), step,
                attendees, longAgo, longAgo, events);
        jdbc.update("""
                insert into rsvp (event_id, member_id, answer, state, responded_at)
                select e, m, 'GOING', 'CONFIRMED', ? from generate_series(1, ?) e, generate_series(1, ?) m""",
                longAgo, events, attendees);
        jdbc.one("select setval('event_id_seq', ?), setval('member_id_seq', ?), setval('community_id_seq', 1), "
                + "setval('meetup_group_id_seq', 1)", row -> row.getLong(1), events, attendees);
    }

    /** Events whose reveal (a day before the start, the default) has come and that have not started. */
    static long eventsInsideRevealWindow(Jdbc jdbc, Instant now) {
        return jdbc.one("select count(*) from event where starts_at > ? and starts_at - interval '1 day' <= ?",
                row -> row.getLong(1), now, now).orElseThrow();
    }
}
