package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.EventOptionReader;
import org.convene.core.command.Invocation;
import org.convene.core.command.PollCards;
import org.convene.core.command.TimeReader;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ShowEventUseCase;

/** The {@code poll} commands: open a date poll, show it, vote, close it (and post its event). */
public final class PollHandlers {

    private PollHandlers() {
    }

    /** {@code poll <group> "title" "date" "date" ...}: reads each date in the community's zone and opens the poll. */
    public static final class Create implements CommandHandler<Command.PollCreate> {

        private final DatePollUseCase polls;
        private final Clock clock;

        @Inject
        public Create(DatePollUseCase polls, Clock clock) {
            this.polls = requireNonNull(polls, "polls");
            this.clock = requireNonNull(clock, "clock");
        }

        @Override
        public Class<Command.PollCreate> type() {
            return Command.PollCreate.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.PollCreate command) {
            ZoneId zone = invocation.actor().community().zone();
            Instant now = clock.instant();
            List<Instant> dates = new ArrayList<>();
            for (int index = 0; index < command.dates().size(); index++) {
                dates.add(TimeReader.read(command.dates().get(index), "date " + (index + 1), zone, now));
            }
            Duration length = command.length() == null ? EventOptionReader.DEFAULT_LENGTH
                    : TimeReader.duration(command.length(), "for");
            DatePollUseCase.PollView view = polls.create(invocation.actor(), new DatePollUseCase.Input(
                    command.group(), command.title(), dates, length, command.where()));
            return Reply.text("Poll #" + view.poll().id() + " is open; " + view.group().name()
                    + "'s channels get it with a button per date.").withCard(PollCards.card(view));
        }
    }

    /** {@code poll <id>}. */
    public static final class Show implements CommandHandler<Command.PollShow> {

        private final DatePollUseCase polls;

        @Inject
        public Show(DatePollUseCase polls) {
            this.polls = requireNonNull(polls, "polls");
        }

        @Override
        public Class<Command.PollShow> type() {
            return Command.PollShow.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.PollShow command) {
            return Reply.text("").withCard(PollCards.card(polls.show(invocation.actor(), command.pollId())));
        }
    }

    /** {@code poll vote <id> <n>}: what a date's button runs; the answer tells the counts. */
    public static final class Vote implements CommandHandler<Command.PollVote> {

        private final DatePollUseCase polls;

        @Inject
        public Vote(DatePollUseCase polls) {
            this.polls = requireNonNull(polls, "polls");
        }

        @Override
        public Class<Command.PollVote> type() {
            return Command.PollVote.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.PollVote command) {
            DatePollUseCase.Vote vote = polls.vote(invocation.actor(), command.pollId(), command.option());
            var option = vote.view().poll().option(vote.position()).orElseThrow();
            Text text = Text.builder().plain(vote.picked() ? "You picked " : "You took back ")
                    .time(option.startsAt()).plain(vote.picked() ? "" : " in poll #" + command.pollId())
                    .plain("; it has " + option.votes() + (option.votes() == 1 ? " vote." : " votes.")).build();
            return Reply.of(text).withCard(PollCards.card(vote.view()));
        }
    }

    /** {@code poll close <id> [post]}: closes and shows the winner; with post, posts its event at once. */
    public static final class Close implements CommandHandler<Command.PollClose> {

        private final DatePollUseCase polls;
        private final ShowEventUseCase showEvent;

        @Inject
        public Close(DatePollUseCase polls, ShowEventUseCase showEvent) {
            this.polls = requireNonNull(polls, "polls");
            this.showEvent = requireNonNull(showEvent, "showEvent");
        }

        @Override
        public Class<Command.PollClose> type() {
            return Command.PollClose.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.PollClose command) {
            if (!command.post()) {
                DatePollUseCase.PollView view = polls.close(invocation.actor(), command.pollId());
                return Reply.text("Poll #" + command.pollId() + " is closed.").withCard(PollCards.card(view));
            }
            DatePollUseCase.Posted posted = polls.post(invocation.actor(), command.pollId());
            return Reply.of(Text.builder().plain("Poll #" + command.pollId() + " is closed and its event is posted as #"
                    + posted.result().event().id() + " in " + posted.result().group().name() + ", with ")
                    .code(posted.draft().postCommand()).plain(". The group's channels are told.").build())
                    .withCard(EventCards.card(showEvent.details(invocation.actor(), posted.result().event())));
        }
    }

    /** A closed poll's event form, sent back: posts the event as the form says, for the poll's group, once. */
    public static final class PostForm implements CommandHandler<Command.PollPost> {

        private final DatePollUseCase polls;
        private final ShowEventUseCase showEvent;
        private final Clock clock;

        @Inject
        public PostForm(DatePollUseCase polls, ShowEventUseCase showEvent, Clock clock) {
            this.polls = requireNonNull(polls, "polls");
            this.showEvent = requireNonNull(showEvent, "showEvent");
            this.clock = requireNonNull(clock, "clock");
        }

        @Override
        public Class<Command.PollPost> type() {
            return Command.PollPost.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.PollPost command) {
            DatePollUseCase.Posted posted = polls.post(invocation.actor(), command.pollId(), EventOptionReader.post(
                    command.group(), command.options(), invocation.actor().community().zone(), clock.instant()));
            return Reply.text("Posted #" + posted.result().event().id() + " in " + posted.result().group().name()
                    + " for poll #" + command.pollId() + "; everyone who voted is told the date.")
                    .withCard(EventCards.card(showEvent.details(invocation.actor(), posted.result().event())));
        }
    }
}
