package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A date poll: a title, the length and place the event will have, and two to five dates a group's members pick from.
 * The winner is the date with the most votes, the earliest of those tied; a poll with no votes has none.
 */
public record DatePoll(long id, long groupId, String title, Duration length, String venue, Instant closedAt,
                       Long eventId, List<PollOption> options) {

    public static final int FEWEST_OPTIONS = 2;
    public static final int MOST_OPTIONS = 5;

    public DatePoll {
        requireNonNull(title, "title");
        requireNonNull(length, "length");
        options = List.copyOf(options);
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** The option at {@code position} (counted from 1), if the poll has one there. */
    public Optional<PollOption> option(int position) {
        return options.stream().filter(option -> option.position() == position).findFirst();
    }

    /** The option with the most votes, the earliest date among ties; empty while nobody has voted. */
    public Optional<PollOption> winner() {
        return options.stream().filter(option -> option.votes() > 0)
                .max(Comparator.comparingInt(PollOption::votes)
                        .thenComparing(PollOption::startsAt, Comparator.reverseOrder()));
    }

    /** One date offered by a poll, with how many members picked it. */
    public record PollOption(int position, Instant startsAt, int votes) {
        public PollOption {
            requireNonNull(startsAt, "startsAt");
        }
    }
}
