package org.convene.config.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.convene.config.DistributionRun;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling upgrade on one database: the released build serves Slack, this build starts beside it and migrates the
 * shared schema, and the released one keeps serving: both read what the other wrote, and the released one's posts,
 * answers and outbox still work on the new schema, also when it is started again afterwards (a rollback).
 */
class RollingUpgradeIT {

    private static final String ADMIN = "U0ADMIN";
    private static final String CHANNEL = "C0BOOKCLUB";

    @TempDir
    Path scratch;

    @Test
    void theReleasedBuildKeepsServingWhileAndAfterThisBuildMigratesTheSharedDatabase() throws Exception {
        Path releasedArchive = ReleasedBuild.archive(ReleasedBuild.commit());
        DistributionRun released = DistributionRun.unpack(releasedArchive,
                ReleasedBuild.unpackedName(releasedArchive), directory("released"));
        DistributionRun current = DistributionRun.unpack(Path.of(System.getProperty("convene.distribution")),
                System.getProperty("convene.distribution.name"), directory("current"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (RunningInstance old = RunningInstance.start(released, url, directory("old-data"), ADMIN)) {
                assertThat(migrations(database).current().getVersion().getVersion())
                        .as("the schema the released build migrated to").isEqualTo(ReleasedBuild.version());
                assertThat(old.command(ADMIN, CHANNEL, "group create bookclub \"Book club\"")).contains("Created");
                assertThat(old.command(ADMIN, CHANNEL, "announce-here bookclub")).contains("Book club");
                old.command(ADMIN, CHANNEL, "post bookclub \"Before the upgrade\" when=\"tomorrow 18:00\" capacity=1");
                long before = eventId(database, "Before the upgrade");
                assertThat(old.command("U0FIRST", CHANNEL, "rsvp " + before + " going")).contains("going to");
                old.awaitMessageShowing("Before the upgrade");

                try (RunningInstance next = RunningInstance.start(current, url, directory("new-data"), ADMIN)) {
                    assertThat(migrations(database).pending()).as("migrations left after this build started")
                            .isEmpty();
                    assertThat(next.command("U0SECOND", CHANNEL, "rsvp " + before + " going"))
                            .as("this build counts the seat the released build gave").contains("#1 on the waitlist");
                    next.command(ADMIN, CHANNEL, "post bookclub \"Posted by the new build\" when=\"tomorrow 19:00\"");
                    assertThat(old.command("U0FIRST", CHANNEL, "events bookclub"))
                            .as("the released build lists an event this build wrote on the new schema")
                            .contains("Before the upgrade", "Posted by the new build");
                    assertThat(next.stop()).isEqualTo(143);
                }

                old.command(ADMIN, CHANNEL, "post bookclub \"After the upgrade\" when=\"tomorrow 20:00\" capacity=5");
                long after = eventId(database, "After the upgrade");
                assertThat(old.command("U0FIRST", CHANNEL, "rsvp " + after + " going")).contains("going to");
                old.awaitMessageShowing("After the upgrade");
                assertThat(old.command("U0FIRST", CHANNEL, "rsvp " + before + " no")).doesNotContain("Sorry");
                assertThat(seatHolder(database, before))
                        .as("the waitlist this build wrote, promoted by the released one").isEqualTo("U0SECOND");
                assertThat(old.stop()).isEqualTo(143);
            }

            try (RunningInstance restarted = RunningInstance.start(released, url, directory("old-data"), ADMIN)) {
                assertThat(restarted.command("U0SECOND", CHANNEL, "mine"))
                        .as("the released build started again on the new schema").contains("Before the upgrade");
            }
        }
    }

    private Path directory(String name) throws IOException {
        return Files.createDirectories(scratch.resolve(name));
    }

    private static MigrationInfoService migrations(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").load().info();
    }

    private static long eventId(DataSource database, String title) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select id from event where title = ?")) {
            statement.setString(1, title);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("an event titled " + title).isTrue();
                return rows.getLong(1);
            }
        }
    }

    /** The Slack user holding the one confirmed seat of the event. */
    private static String seatHolder(DataSource database, long eventId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                "select i.user_id from rsvp r join identity i on i.member_id = r.member_id"
                        + " where r.event_id = ? and r.state = 'CONFIRMED'")) {
            statement.setLong(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a confirmed seat on event " + eventId).isTrue();
                return rows.getString(1);
            }
        }
    }
}
