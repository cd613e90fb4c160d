package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.convene.core.domain.Refusal;
import org.junit.jupiter.api.Test;

class TimeReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday, 2 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

    private static LocalDateTime read(String typed) {
        return LocalDateTime.ofInstant(TimeReader.read(typed, "when", NEW_YORK, NOW), NEW_YORK);
    }

    @Test
    void readsAnExactDateAndTimeInTheCommunityZone() {
        assertThat(TimeReader.read("2026-12-03 18:00", "when", NEW_YORK, NOW))
                .isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    }

    @Test
    void readsAMonthDayAndHour() {
        assertThat(read("Dec 3 6pm")).isEqualTo(LocalDateTime.of(2026, 12, 3, 18, 0));
    }

    @Test
    void readsTomorrowWithATime() {
        assertThat(read("tomorrow 18:30")).isEqualTo(LocalDateTime.of(2026, 11, 3, 18, 30));
    }

    @Test
    void readsNextWeekdayWithATime() {
        LocalDateTime thursday = read("next thursday 6pm");
        assertThat(thursday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(thursday.toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(thursday.toLocalDate()).isBetween(java.time.LocalDate.of(2026, 11, 5),
                java.time.LocalDate.of(2026, 11, 12));
    }

    @Test
    void refusesGibberishSayingWhatToType() {
        assertThatThrownBy(() -> TimeReader.read("whenever suits", "when", NEW_YORK, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessage("I could not read when=\"whenever suits\" as a time; type it like 2026-12-03 18:00, "
                        + "Dec 3 6pm, tomorrow 18:30 or next thursday 6pm.");
    }

    @Test
    void refusesADayWithoutATime() {
        assertThatThrownBy(() -> TimeReader.read("next thursday", "when", NEW_YORK, NOW))
                .hasMessageStartingWith("I read when=\"next thursday\" as a day but found no time of day");
    }

    @Test
    void refusesAnImpossibleExactDate() {
        assertThatThrownBy(() -> TimeReader.read("2026-13-45 18:00", "when", NEW_YORK, NOW))
                .hasMessageStartingWith("I could not read when=\"2026-13-45 18:00\" as a date and time");
    }

    @Test
    void readsDurations() {
        assertThat(TimeReader.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(TimeReader.duration("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeReader.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> TimeReader.duration("long")).hasMessageStartingWith("I could not read for=\"long\"");
    }
}
