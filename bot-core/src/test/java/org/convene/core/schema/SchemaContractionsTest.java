package org.convene.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.convene.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Which changes to the released schema the comparison reports as contractions, and which it lets through. */
class SchemaContractionsTest {

    private final ReleasedSchema released = ReleasedSchema.load();

    @Test
    void droppingRenamingOrRetypingWhatTheReleasedCodeReadsIsAContraction() {
        List<String> keys = contractionsAfter(
                "alter table event drop column venue",
                "alter table link_code rename to one_time_code",
                "alter table event alter column capacity type bigint");

        assertThat(keys).contains("column event.venue", "table link_code", "column event.capacity");
    }

    @Test
    void refusingAWriteTheReleasedCodeMakesIsAContraction() {
        List<String> keys = contractionsAfter(
                "alter table event alter column online_url set not null",
                "alter table rsvp add column source text not null",
                "alter table event alter column description drop default",
                "alter table event add constraint title_is_short check (length(title) < 80)");

        assertThat(keys).contains("column event.online_url", "column rsvp.source", "column event.description",
                "rule event: CHECK ((length(title) < 80))");
    }

    @Test
    void droppingOrRewritingAFunctionTheReleasedCodeCallsIsAContraction() {
        String applyAnswer = "apply_answer(p_event_id bigint, p_member_id bigint, p_status text,"
                + " p_starts_at timestamp with time zone, p_capacity integer, p_guest_limit integer,"
                + " p_rsvp_deadline timestamp with time zone, p_had_rsvp boolean, p_old_answer text,"
                + " p_old_guests integer, p_old_state text, p_old_order bigint,"
                + " p_old_responded_at timestamp with time zone, p_answer text, p_guests integer, p_state text,"
                + " p_seat_delta integer, p_premise text, p_join_group boolean, p_now timestamp with time zone)";

        assertThat(contractionsAfter("drop function apply_answer")).contains("function " + applyAnswer);
        assertThat(contractionsAfter("""
                create or replace function apply_answer(
                    p_event_id bigint, p_member_id bigint, p_status text, p_starts_at timestamptz, p_capacity int,
                    p_guest_limit int, p_rsvp_deadline timestamptz, p_had_rsvp boolean, p_old_answer text,
                    p_old_guests int, p_old_state text, p_old_order bigint, p_old_responded_at timestamptz,
                    p_answer text, p_guests int, p_state text, p_seat_delta int, p_premise text,
                    p_join_group boolean, p_now timestamptz)
                    returns table (seats_taken int, waitlist_order bigint, waitlist_position int)
                    language sql as 'select 0, null::bigint, null::int'""")).contains("function " + applyAnswer);
    }

    @Test
    void newTablesNullableOrDefaultedColumnsFunctionsIndexesAndWiderTextAreExpansions() {
        List<String> keys = contractionsAfter(
                "create table feed_token (id bigserial primary key, token text not null unique)",
                "alter table event add column summary text",
                "alter table event add column visibility text not null default 'PUBLIC'",
                "create function event_count() returns bigint language sql as 'select count(*) from event'",
                "create index event_title on event (title)",
                "alter table event alter column created_by drop not null");

        assertThat(keys).isEmpty();
    }

    private List<String> contractionsAfter(String... statements) {
        try (TestDatabase database = TestDatabase.empty()) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration")
                    .target(released.version()).load().migrate();
            SchemaCatalog before = SchemaCatalog.read(database.dataSource());
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
            return SchemaContractions.between(before, SchemaCatalog.read(database.dataSource())).stream()
                    .map(SchemaContractions.Contraction::key).toList();
        }
    }
}
