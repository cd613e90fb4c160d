package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The start times of a recurring series. Occurrences are computed in local time and then placed in the zone, so a
 * 6 pm meetup stays at 6 pm across daylight-saving changes. Monthly series keep the n-th weekday of the first one
 * (the 5th becomes "the last").
 */
public record SeriesSchedule(ZonedDateTime first, Recurrence recurrence) {

    public SeriesSchedule {
        requireNonNull(first, "first");
        requireNonNull(recurrence, "recurrence");
    }

    /** The start of occurrence {@code index} (0 is the first). */
    public ZonedDateTime occurrence(int index) {
        LocalDateTime local = first.toLocalDateTime();
        LocalDateTime next = switch (recurrence) {
            case WEEKLY -> local.plusWeeks(index);
            case BIWEEKLY -> local.plusWeeks(2L * index);
            case MONTHLY -> LocalDateTime.of(nthWeekdayOf(local.toLocalDate().plusMonths(index)), local.toLocalTime());
        };
        return next.atZone(first.getZone());
    }

    /** Every start from occurrence {@code fromIndex} on that is before {@code until}. */
    public List<ZonedDateTime> occurrencesBefore(int fromIndex, ZonedDateTime until) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int index = fromIndex; ; index++) {
            ZonedDateTime start = occurrence(index);
            if (!start.isBefore(until)) {
                return starts;
            }
            starts.add(start);
        }
    }

    private LocalDate nthWeekdayOf(LocalDate inMonth) {
        DayOfWeek weekday = first.getDayOfWeek();
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        if (ordinal >= 5) {
            return inMonth.with(TemporalAdjusters.lastInMonth(weekday));
        }
        return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
    }
}
