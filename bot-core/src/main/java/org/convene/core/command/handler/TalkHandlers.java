package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.command.TalkCards;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkCallUseCase;
import org.convene.core.talk.TalkOfferUseCase;

/** The {@code talk} commands: open or close slots, offer, accept, decline, withdraw, and show the agenda. */
public final class TalkHandlers {

    private TalkHandlers() {
    }

    /** {@code talk slots <event> ...} and {@code talk slots <event> none}. */
    public static final class Slots implements CommandHandler<Command.OpenTalkSlots> {
        private final TalkCallUseCase calls;

        @Inject
        public Slots(TalkCallUseCase calls) {
            this.calls = requireNonNull(calls, "calls");
        }

        @Override
        public Class<Command.OpenTalkSlots> type() {
            return Command.OpenTalkSlots.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.OpenTalkSlots command) {
            if (command.close()) {
                var event = calls.close(invocation.actor(), command.eventId());
                return Reply.text("Closed the talk slots of #" + event.id() + " " + event.title() + ".");
            }
            TalkCallUseCase.Shown shown = calls.open(invocation.actor(), new TalkCallUseCase.Input(command.eventId(),
                    command.count(), command.minutes(), command.names(), command.from(), command.autoAccept()));
            int count = shown.agenda().entries().size();
            return Reply.text("Opened " + count + (count == 1 ? " talk slot" : " talk slots") + " on #"
                    + shown.event().id() + " " + shown.event().title() + ". Members offer a talk with /meetup talk "
                    + "offer " + shown.event().id() + " \"title\" or the Offer a talk button.")
                    .withCard(TalkCards.agenda(shown.event(), shown.agenda()));
        }
    }

    /** {@code talk offer <event> [slot=N] "title" [description]}. */
    public static final class Offer implements CommandHandler<Command.OfferTalk> {
        private final TalkOfferUseCase offers;

        @Inject
        public Offer(TalkOfferUseCase offers) {
            this.offers = requireNonNull(offers, "offers");
        }

        @Override
        public Class<Command.OfferTalk> type() {
            return Command.OfferTalk.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.OfferTalk command) {
            TalkOfferUseCase.Result result = offers.offer(invocation.actor(), new TalkOfferUseCase.Input(
                    command.eventId(), command.slot(), command.title(), command.description()));
            String said = result.offer().state() == OfferState.ACCEPTED
                    ? " is accepted: you present in " + result.slot().label() + " and hold a seat."
                    : " is offered for " + result.slot().label() + "; the organizers have been told and will "
                    + "accept or decline it.";
            return Reply.of(Text.builder().plain("Your talk \u201C" + result.offer().title() + "\u201D" + said)
                    .build()).withCard(TalkCards.offer(result.event(), result.offer(), result.slot().label()));
        }
    }

    /** {@code talk accept <offer>}. */
    public static final class Accept implements CommandHandler<Command.AcceptTalk> {
        private final TalkOfferUseCase offers;

        @Inject
        public Accept(TalkOfferUseCase offers) {
            this.offers = requireNonNull(offers, "offers");
        }

        @Override
        public Class<Command.AcceptTalk> type() {
            return Command.AcceptTalk.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.AcceptTalk command) {
            TalkOfferUseCase.Result result = offers.accept(invocation.actor(), command.offerId());
            return Reply.text("Accepted talk offer #" + result.offer().id() + " \u201C" + result.offer().title()
                    + "\u201D for " + result.slot().label() + "; its presenter holds a seat and has been told.")
                    .withCard(TalkCards.agenda(result.event(), result.agenda()));
        }
    }

    /** {@code talk decline <offer> [reason]}. */
    public static final class Decline implements CommandHandler<Command.DeclineTalk> {
        private final TalkOfferUseCase offers;

        @Inject
        public Decline(TalkOfferUseCase offers) {
            this.offers = requireNonNull(offers, "offers");
        }

        @Override
        public Class<Command.DeclineTalk> type() {
            return Command.DeclineTalk.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.DeclineTalk command) {
            TalkOfferUseCase.Result result = offers.decline(invocation.actor(), command.offerId(), command.reason());
            return Reply.text("Declined talk offer #" + result.offer().id() + " \u201C" + result.offer().title()
                    + "\u201D; its presenter has been told.");
        }
    }

    /** {@code talk withdraw <offer>}. */
    public static final class Withdraw implements CommandHandler<Command.WithdrawTalk> {
        private final TalkOfferUseCase offers;

        @Inject
        public Withdraw(TalkOfferUseCase offers) {
            this.offers = requireNonNull(offers, "offers");
        }

        @Override
        public Class<Command.WithdrawTalk> type() {
            return Command.WithdrawTalk.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.WithdrawTalk command) {
            TalkOfferUseCase.Result result = offers.withdraw(invocation.actor(), command.offerId());
            return Reply.text("Withdrew talk offer #" + result.offer().id() + " \u201C" + result.offer().title()
                    + "\u201D. An accepted talk's slot is open again and its presenter's seat is free.")
                    .withCard(TalkCards.agenda(result.event(), result.agenda()));
        }
    }

    /** {@code talk agenda <event>}. */
    public static final class ShowAgenda implements CommandHandler<Command.ShowAgenda> {
        private final TalkCallUseCase calls;

        @Inject
        public ShowAgenda(TalkCallUseCase calls) {
            this.calls = requireNonNull(calls, "calls");
        }

        @Override
        public Class<Command.ShowAgenda> type() {
            return Command.ShowAgenda.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.ShowAgenda command) {
            TalkCallUseCase.Shown shown = calls.agenda(invocation.actor(), command.eventId());
            return Reply.text("The agenda of #" + shown.event().id() + " " + shown.event().title() + ":")
                    .withCard(TalkCards.agenda(shown.event(), shown.agenda()));
        }
    }
}
