package org.convene.benchmarks.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.SuiteSize.DataShape;

/**
 * Writes one community (console space {@value #SPACE}) with the groups ({@code bench-0}, ...), events, members and
 * confirmed RSVPs of a {@link DataShape} directly into Convene's tables, with {@code insert ... select
 * generate_series}; events start hourly from a given instant, each with the same number of RSVPs.
 */
public final class SyntheticData {

    public static final String SPACE = "bench-space";

    private SyntheticData() {
    }

    /** Writes the data and returns the community's id. */
    public static long write(DataSource dataSource, DataShape shape, Instant firstStart) {
        int perEvent = Math.max(1, shape.rsvps() / shape.events());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long community;
            try (ResultSet row = statement.executeQuery("insert into community (name, time_zone, created_at) "
                    + "values ('Bench community', 'America/New_York', now()) returning id")) {
                row.next();
                community = row.getLong(1);
            }
            statement.execute("insert into space (platform, space_id, community_id, name) values ('CONSOLE', '"
                    + SPACE + "', " + community + ", '" + SPACE + "')");
            statement.execute("insert into member (community_id, display_name, admin, created_at) select "
                    + community + ", 'Bench member ' || n, false, now() from generate_series(0, "
                    + (shape.members() - 1) + ") n");
            statement.execute("create temporary table bench_members as select id, (row_number() over (order by id)"
                    + " - 1)::int as idx from member where community_id = " + community);
            statement.execute("create index on bench_members (idx)");
            statement.execute("insert into identity (community_id, platform, user_id, member_id) select "
                    + community + ", 'CONSOLE', 'bench member ' || idx, id from bench_members");
            statement.execute("insert into meetup_group (community_id, slug, name, description, created_at) select "
                    + community + ", 'bench-' || n, 'Bench group ' || n, '', now() from generate_series(0, "
                    + (shape.groups() - 1) + ") n");
            statement.execute("create temporary table bench_groups as select id, (row_number() over (order by id)"
                    + " - 1)::int as idx from meetup_group where community_id = " + community);
            try (PreparedStatement events = connection.prepareStatement("insert into event (group_id, title, "
                    + "starts_at, ends_at, time_zone, capacity, guest_limit, seats_taken, created_at, updated_at) "
                    + "select g.id, 'Event ' || n, ?::timestamptz + (n / ?) * interval '1 hour', "
                    + "?::timestamptz + (n / ?) * interval '1 hour'"
                    + " + interval '2 hours', 'America/New_York', null, 0, ?, now(), now() "
                    + "from generate_series(0, ?) n join bench_groups g on g.idx = n % ?")) {
                Timestamp start = Timestamp.from(firstStart);
                events.setTimestamp(1, start);
                events.setInt(2, shape.groups());
                events.setTimestamp(3, start);
                events.setInt(4, shape.groups());
                events.setInt(5, perEvent);
                events.setInt(6, shape.events() - 1);
                events.setInt(7, shape.groups());
                events.execute();
            }
            statement.execute("create temporary table bench_events as select e.id, (row_number() over (order by "
                    + "e.id) - 1)::int as idx from event e join bench_groups g on g.id = e.group_id");
            statement.execute("insert into rsvp (event_id, member_id, answer, guests, state, waitlist_order, "
                    + "responded_at) select e.id, m.id, 'GOING', 0, 'CONFIRMED', null, now() from bench_events e "
                    + "cross join generate_series(0, " + (perEvent - 1) + ") j join bench_members m on m.idx = "
                    + "(e.idx::bigint * 7 + j) % " + shape.members());
            statement.execute("drop table bench_members, bench_groups, bench_events");
            statement.execute("analyze");
            return community;
        } catch (SQLException failure) {
            throw new BenchmarkFailure("could not write the synthetic data (" + shape + "): " + failure.getMessage(),
                    failure);
        }
    }
}
