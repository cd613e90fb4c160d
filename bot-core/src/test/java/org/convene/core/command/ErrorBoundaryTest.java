package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.reply.Reply;
import org.convene.core.testing.LogCapture;
import org.junit.jupiter.api.Test;

/** What the one boundary answers for a database that cannot be reached, and what it logs. */
class ErrorBoundaryTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnsweredAsSuchWithAnIdLoggedAsOneWarning() {
        try (LogCapture log = LogCapture.of(ErrorBoundary.class)) {
            Reply reply = ErrorBoundary.guard("an RSVP", () -> {
                throw new DatabaseUnavailableException("the database cannot be reached (no connection)",
                        new SQLTransientConnectionException("convene - Connection is not available, request timed "
                                + "out after 2000ms"));
            });

            assertThat(reply.failed()).isTrue();
            assertThat(reply.text().plain()).matches("Convene can't reach its database right now, so nothing was "
                    + "changed\\. Try again in a minute \\(error id ([0-9a-f]{8})\\)\\.");
            String id = reply.text().plain().replaceAll(".*error id ([0-9a-f]{8}).*", "$1");
            assertThat(log.lines()).containsExactly("WARN Could not run an RSVP: the database cannot be reached "
                    + "(convene - Connection is not available, request timed out after 2000ms) (error id " + id + ")");
        }
    }

    @Test
    void anythingElseUnexpectedStillGetsTheGeneralApology() {
        Reply reply = ErrorBoundary.guard("an RSVP", () -> {
            throw new IllegalStateException("a bug");
        });

        assertThat(reply.text().plain()).startsWith("Sorry, something went wrong on our side (error id ");
    }
}
