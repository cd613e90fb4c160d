package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.GROUP;

import org.convene.core.testing.CoreKit;
import org.convene.core.testing.StoppablePostgres;
import org.convene.core.testing.TestDatabase;
import org.convene.slack.standin.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Slack member types {@code /meetup} while the bot's PostgreSQL server is stopped, then after it is back. */
class SlackBotDatabaseDownTest {

    private static final String MEMBER = "U0MEMBER";

    private StoppablePostgres server;
    private SlackBotFixture fixture;

    @BeforeEach
    void start() throws Exception {
        server = StoppablePostgres.start();
        fixture = SlackBotFixture.start(new CoreKit(TestDatabase.opened(server.jdbcUrl())));
    }

    @AfterEach
    void stop() {
        try {
            fixture.close();
        } finally {
            server.close();
        }
    }

    @Test
    void aCommandWhileTheDatabaseIsStoppedIsAnsweredPrivatelyThatItCannotBeReachedAndNothingChanged() {
        fixture.groupWithEvent("");
        server.stop();

        RecordedCall answer = fixture.command(MEMBER, "join " + GROUP);

        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).containsPattern("Convene can't reach its database right now, so nothing "
                + "was changed\\. Try again in a minute \\(error id [0-9a-f]{8}\\)\\.");

        server.restart();
        fixture.kit.database.awaitConnection();
        assertThat(SlackBotFixture.shown(fixture.command(MEMBER, "join " + GROUP))).contains("You joined Code4Lib NYC");
    }
}
