package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.Test;

/**
 * A claim of a few messages among thousands that fell due at one instant reads only as far as it takes: the server's
 * own plan of the claim, shown through auto_explain, while the table's statistics are from before those messages.
 */
class OutboxClaimPlanTest {

    private static final int DUE_AT_ONCE = 5_000;

    @Test
    void aClaimOfAFewAmongThousandsDueAtOnceWalksTheIndexInOrderWithoutSortingThemAll() throws Exception {
        try (CoreKit kit = new CoreKit()) {
            Instant due = kit.clock.instant();
            kit.jdbc.update("analyze outbox");
            kit.messagesToAdmin("due:", DUE_AT_ONCE);

            String plan = claimPlan(kit, due);

            assertThat(plan).contains("Index Scan using outbox_pending_due_id").doesNotContain("Sort")
                    .doesNotContain("Bitmap").contains("rows=3 ");
        }
    }

    /** The plans auto_explain reports for one claim of three, the claim function's own statement included. */
    private static String claimPlan(CoreKit kit, Instant now) throws Exception {
        try (Connection connection = kit.database.dataSource().getConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("load 'auto_explain'");
                settings.execute("set auto_explain.log_min_duration = 0");
                settings.execute("set auto_explain.log_nested_statements = on");
                settings.execute("set auto_explain.log_analyze = on");
                settings.execute("set client_min_messages = log");
            }
            try (PreparedStatement claim = connection.prepareStatement(
                    "select * from claim_outbox(?, ?, ?, ?, ?, ?, true, ?, 1, 0, 0, 3)")) {
                claim.setString(1, "plan-test");
                claim.setObject(2, UUID.randomUUID());
                claim.setTimestamp(3, Timestamp.from(now.plusSeconds(60)));
                claim.setTimestamp(4, Timestamp.from(now));
                claim.setArray(5, connection.createArrayOf("text", new String[] {"DELIVERY_FAILED"}));
                claim.setArray(6, connection.createArrayOf("text", new String[] {"CONSOLE"}));
                claim.setArray(7, connection.createArrayOf("text", new String[] {"DELIVERY_FAILED"}));
                StringBuilder plans = new StringBuilder();
                try (ResultSet rows = claim.executeQuery()) {
                    int claimed = 0;
                    while (rows.next()) {
                        claimed++;
                    }
                    assertThat(claimed).isEqualTo(3);
                }
                for (SQLWarning warning = claim.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                    plans.append(warning.getMessage()).append('\n');
                }
                return plans.toString();
            } finally {
                try (Statement reset = connection.createStatement()) {
                    reset.execute("reset all");
                }
            }
        }
    }
}
