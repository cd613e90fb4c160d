package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Times;
import org.convene.core.outbox.PollAnnouncements;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.PollRepository;
import org.convene.core.port.Transactions;

/**
 * Date polls: an organizer offers a group two to five dates (announced in the group's channels), members of the
 * community pick every date that suits them (a second pick of the same date takes it back; picking joins nothing),
 * and an organizer closes the poll, whose winner is the most picked date, the earliest among ties.
 */
public final class DatePollUseCase {

    /** A new poll as typed: dates already read in the community's zone, in the order offered. */
    public record Input(String groupSlug, String title, List<Instant> dates, Duration length, String venue) {
        public Input {
            requireNonNull(groupSlug, "groupSlug");
            requireNonNull(length, "length");
            dates = List.copyOf(dates);
            title = EventFields.title(title);
            venue = venue == null || venue.isBlank() ? null : venue.strip();
        }
    }

    /** A poll as one viewer sees it: the dates they picked, whether they may close it, the zone its dates are in. */
    public record PollView(DatePoll poll, Group group, Set<Integer> mine, boolean organizer, ZoneId zone) {
        public PollView {
            mine = Set.copyOf(mine);
        }
    }

    /** The event posted for a poll's winning date, and what it was posted from. */
    public record Posted(PollDraft draft, PostEventUseCase.Result result) {
    }

    /** What a vote did: whether the date is now picked, and the poll after it. */
    public record Vote(boolean picked, int position, PollView view) {
    }

    private static final int SEARCHED = 200;

    private final Transactions transactions;
    private final PollRepository polls;
    private final GroupRepository groups;
    private final Lookups lookups;
    private final Access access;
    private final PollAnnouncements announcements;
    private final PostEventUseCase postEvent;
    private final Clock clock;

    @Inject
    public DatePollUseCase(Transactions transactions, PollRepository polls, GroupRepository groups, Lookups lookups,
                           Access access, PollAnnouncements announcements, PostEventUseCase postEvent,
                           Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.polls = requireNonNull(polls, "polls");
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.announcements = requireNonNull(announcements, "announcements");
        this.postEvent = requireNonNull(postEvent, "postEvent");
        this.clock = requireNonNull(clock, "clock");
    }

    public PollView create(Actor actor, Input input) {
        Group group = lookups.group(actor, input.groupSlug());
        access.requireOrganizer(actor, group, "ask its members for a date");
        checkDates(input.dates(), actor.community().zone());
        return transactions.inTransaction(() -> {
            DatePoll poll = polls.create(group.id(), input.title(), input.length(), input.venue(), input.dates(),
                    actor.memberId(), clock.instant());
            announcements.pollOpened(group, poll);
            return view(actor, poll, group);
        });
    }

    public PollView show(Actor actor, long pollId) {
        DatePoll poll = polls.byId(pollId).orElseThrow(() -> unknown(pollId));
        return view(actor, poll, groupOf(actor, poll));
    }

    /** Picks the date at {@code position} for the actor, or takes the pick back if it was there. */
    public Vote vote(Actor actor, long pollId, int position) {
        return transactions.inTransaction(() -> {
            DatePoll poll = polls.lockForVote(pollId).orElseThrow(() -> unknown(pollId));
            Group group = groupOf(actor, poll);
            if (poll.closed()) {
                throw Refusal.conflict("Poll #" + pollId + " is closed; votes no longer change it.");
            }
            if (poll.option(position).isEmpty()) {
                throw Refusal.invalid("Poll #" + pollId + " has dates 1 to " + poll.options().size() + ", not "
                        + position + "; type /meetup poll " + pollId + " to see them.");
            }
            boolean picked = polls.toggle(pollId, position, actor.memberId(), clock.instant());
            return new Vote(picked, position, view(actor, polls.byId(pollId).orElseThrow(), group));
        });
    }

    /** Closes the poll (organizers of its group); closing a closed poll shows it as it is. */
    public PollView close(Actor actor, long pollId) {
        return transactions.inTransaction(() -> {
            DatePoll poll = polls.lockForUpdate(pollId).orElseThrow(() -> unknown(pollId));
            Group group = groupOf(actor, poll);
            access.requireOrganizer(actor, group, "close its polls");
            polls.close(pollId, clock.instant());
            return view(actor, polls.byId(pollId).orElseThrow(), group);
        });
    }

    /**
     * Closes the poll (organizers of its group) and names the event for its winning date, to post directly or to fill
     * a form with; refused while nobody has picked a date, and once the poll's event is posted.
     */
    public PollDraft draft(Actor actor, long pollId) {
        return transactions.inTransaction(() -> {
            PollView view = close(actor, pollId);
            if (view.poll().eventId() != null) {
                throw Refusal.conflict("The event for poll #" + pollId + " is already posted: #"
                        + view.poll().eventId() + ".");
            }
            return PollDraft.of(view).orElseThrow(() -> Refusal.conflict("Nobody has picked a date in poll #"
                    + pollId + " yet, so there is no date to post."));
        });
    }

    /** Closes the poll and posts the event for its winning date as the poll has it, once. */
    public Posted post(Actor actor, long pollId) {
        return post(actor, pollId, PollDraft::input);
    }

    /**
     * Closes the poll and posts the event as its filled form was sent back, once: a second post is refused, and so is
     * a form for another group. Everyone who voted is told the chosen date with the event's card.
     */
    public Posted post(Actor actor, long pollId, PostEventUseCase.Input fromForm) {
        return post(actor, pollId, draft -> {
            if (!fromForm.groupSlug().equalsIgnoreCase(draft.group().slug())) {
                throw Refusal.invalid("That form is for poll #" + pollId + " of " + draft.group().name()
                        + "; open it again from the poll's button.");
            }
            return fromForm;
        });
    }

    private Posted post(Actor actor, long pollId, Function<PollDraft, PostEventUseCase.Input> input) {
        return transactions.inTransaction(() -> {
            PollDraft draft = draft(actor, pollId);
            PostEventUseCase.Result result = postEvent.post(actor, input.apply(draft));
            polls.recordEvent(pollId, result.event().id());
            announcements.dateChosen(result.group(), polls.byId(pollId).orElseThrow(), result.event(),
                    polls.voters(pollId));
            return new Posted(draft, result);
        });
    }

    /** Polls whose number starts with, or whose title holds, what was typed: newest first, at most {@code limit}. */
    public List<PollRepository.Listed> search(Actor actor, String typed, int limit) {
        String words = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return polls.latest(actor.communityId(), SEARCHED).stream()
                .filter(poll -> words.isEmpty() || Long.toString(poll.id()).startsWith(words)
                        || poll.title().toLowerCase(java.util.Locale.ROOT).contains(words))
                .limit(limit).toList();
    }

    private void checkDates(List<Instant> dates, ZoneId zone) {
        if (dates.size() < DatePoll.FEWEST_OPTIONS || dates.size() > DatePoll.MOST_OPTIONS) {
            throw Refusal.invalid("A poll offers " + DatePoll.FEWEST_OPTIONS + " to " + DatePoll.MOST_OPTIONS
                    + " dates; you gave " + dates.size() + ".");
        }
        Instant now = clock.instant();
        Set<Instant> seen = new HashSet<>();
        for (int index = 0; index < dates.size(); index++) {
            Instant date = dates.get(index);
            if (!date.isAfter(now)) {
                throw Refusal.invalid("Date " + (index + 1) + ", " + Times.describe(date, zone)
                        + ", is in the past; offer dates after now, like \"next thursday 6pm\".");
            }
            if (!seen.add(date)) {
                throw Refusal.invalid("Date " + (index + 1) + ", " + Times.describe(date, zone)
                        + ", is offered twice; give each date once.");
            }
        }
    }

    private Group groupOf(Actor actor, DatePoll poll) {
        return groups.byId(poll.groupId()).filter(group -> group.communityId() == actor.communityId())
                .orElseThrow(() -> unknown(poll.id()));
    }

    private PollView view(Actor actor, DatePoll poll, Group group) {
        return new PollView(poll, group, polls.votesOf(poll.id(), actor.memberId()), access.organizes(actor, group),
                actor.community().zone());
    }

    private static Refusal unknown(long pollId) {
        return Refusal.notFound("There is no poll #" + pollId + " here.");
    }
}
