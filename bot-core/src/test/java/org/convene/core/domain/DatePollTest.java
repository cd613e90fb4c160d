package org.convene.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatePollTest {

    private static final Instant DEC_3 = Instant.parse("2026-12-03T23:00:00Z");
    private static final Instant DEC_10 = Instant.parse("2026-12-10T23:00:00Z");
    private static final Instant DEC_17 = Instant.parse("2026-12-17T23:00:00Z");

    private static DatePoll poll(DatePoll.PollOption... options) {
        return new DatePoll(1, 1, "Talks", Duration.ofHours(2), null, null, null, List.of(options));
    }

    @Test
    void theMostChosenDateWins() {
        assertThat(poll(new DatePoll.PollOption(1, DEC_3, 1), new DatePoll.PollOption(2, DEC_17, 4),
                new DatePoll.PollOption(3, DEC_10, 2)).winner().orElseThrow().position()).isEqualTo(2);
    }

    @Test
    void amongTiedDatesTheEarliestWinsWhateverItsPlace() {
        assertThat(poll(new DatePoll.PollOption(1, DEC_17, 3), new DatePoll.PollOption(2, DEC_3, 3),
                new DatePoll.PollOption(3, DEC_10, 3)).winner().orElseThrow().startsAt()).isEqualTo(DEC_3);
    }

    @Test
    void withNoVotesThereIsNoWinner() {
        assertThat(poll(new DatePoll.PollOption(1, DEC_3, 0), new DatePoll.PollOption(2, DEC_10, 0)).winner())
                .isEmpty();
    }
}
