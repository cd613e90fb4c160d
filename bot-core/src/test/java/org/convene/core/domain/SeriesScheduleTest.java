package org.convene.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aBiweeklySeriesAtSixPmNewYorkStaysAtSixPmAcrossBothDaylightSavingChanges() {
        ZonedDateTime first = LocalDateTime.of(2027, 1, 7, 18, 0).atZone(NEW_YORK);
        SeriesSchedule schedule = new SeriesSchedule(first, Recurrence.BIWEEKLY);

        List<ZonedDateTime> year = schedule.occurrencesBefore(0, first.plusYears(1));

        assertThat(year).hasSize(27);
        assertThat(year).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
        assertThat(year).extracting(start -> start.getOffset().getTotalSeconds() / 3600).contains(-5, -4);
        assertThat(year.get(4).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(year.get(5).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 18));
        assertThat(year.get(5).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(year.get(22).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    }

    @Test
    void aWeeklySeriesComesEverySevenDays() {
        SeriesSchedule schedule = new SeriesSchedule(
                LocalDateTime.of(2026, 12, 1, 12, 0).atZone(NEW_YORK), Recurrence.WEEKLY);

        assertThat(schedule.occurrence(3).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void aMonthlySeriesKeepsTheNthWeekday() {
        ZonedDateTime secondTuesday = LocalDateTime.of(2026, 12, 8, 17, 30).atZone(NEW_YORK);
        SeriesSchedule schedule = new SeriesSchedule(secondTuesday, Recurrence.MONTHLY);

        assertThat(schedule.occurrence(1).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(schedule.occurrence(2).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(schedule.occurrence(3).toLocalTime()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void aMonthlySeriesOnAFifthWeekdayFallsOnTheLastOne() {
        ZonedDateTime fifthThursday = LocalDateTime.of(2026, 12, 31, 18, 0).atZone(NEW_YORK);
        SeriesSchedule schedule = new SeriesSchedule(fifthThursday, Recurrence.MONTHLY);

        assertThat(schedule.occurrence(1).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(schedule.occurrence(2).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 25));
    }
}
