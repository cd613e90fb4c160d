package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.metrics.CommandMeters;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EnterSpaceUseCase;
import org.convene.core.usecase.SubmissionOnce;

/**
 * The one entry point of every adapter: who is typing plus a command (typed, or text for the grammar) in, a reply out,
 * inside the error boundary. Whether the caller may use the verb is decided before what they typed is read.
 */
public final class CommandService {

    private final EnterSpaceUseCase enterSpace;
    private final CommandRouter router;
    private final CommandGate gate;
    private final SubmissionOnce once;
    private final CommandMeters meters;

    public CommandService(EnterSpaceUseCase enterSpace, CommandRouter router, CommandGate gate, SubmissionOnce once) {
        this(enterSpace, router, gate, once, CommandMeters.none());
    }

    @Inject
    public CommandService(EnterSpaceUseCase enterSpace, CommandRouter router, CommandGate gate, SubmissionOnce once,
                          CommandMeters meters) {
        this.enterSpace = requireNonNull(enterSpace, "enterSpace");
        this.router = requireNonNull(router, "router");
        this.gate = requireNonNull(gate, "gate");
        this.once = requireNonNull(once, "once");
        this.meters = requireNonNull(meters, "meters");
    }

    public Reply run(Caller caller, Command command) {
        return ErrorBoundary.guard(command.getClass().getSimpleName(), () -> meters.time(verbOf(command),
                () -> route(caller, enterSpace.enter(caller.entry()), command)));
    }

    public Reply runText(Caller caller, String text, CommandParser parser) {
        return ErrorBoundary.guard("a typed command", () -> meters.time(CommandMeters.verbOf(text), () -> {
            Actor actor = enterSpace.enter(caller.entry());
            gate.admit(actor, text);
            return route(caller, actor, parser.parse(text));
        }));
    }

    /**
     * Runs a command sent by a form at most once per submission key (such as a Slack view's id and hash): a repeat of
     * a submission whose command was done answers so and changes nothing; a refused or failed one can be sent again.
     */
    public Reply runOnce(Caller caller, String submissionKey, Command command) {
        return ErrorBoundary.guard(command.getClass().getSimpleName(), () -> meters.time(verbOf(command), () -> {
            Actor actor = enterSpace.enter(caller.entry());
            gate.admit(actor, command);
            try {
                return once.run(submissionKey, () -> {
                    Reply reply = router.route(new Invocation(actor, caller.channel()), command);
                    if (reply.failed()) {
                        throw new Undone(reply);
                    }
                    return reply;
                }).orElseGet(() -> Reply.text("That form was already sent and done; nothing was done twice."));
            } catch (Undone undone) {
                return undone.reply;
            }
        }));
    }

    /** The member behind a caller, for adapters that need it outside a command (autocomplete, home tabs). */
    public Actor actor(Caller caller) {
        return enterSpace.enter(caller.entry());
    }

    /** The verb word of a typed command, for its metrics. */
    static String verbOf(Command command) {
        return switch (command) {
            case Command.Help help -> Verb.HELP.word();
            case Command.Groups groups -> Verb.GROUPS.word();
            case Command.Join join -> Verb.JOIN.word();
            case Command.Leave leave -> Verb.LEAVE.word();
            case Command.Events events -> Verb.EVENTS.word();
            case Command.ShowEvent show -> Verb.EVENT.word();
            case Command.Rsvp rsvp -> Verb.RSVP.word();
            case Command.Mine mine -> Verb.MINE.word();
            case Command.Link link -> Verb.LINK.word();
            case Command.Post post -> Verb.POST.word();
            case Command.Edit edit -> Verb.EDIT.word();
            case Command.Cancel cancel -> Verb.CANCEL.word();
            case Command.Attendees attendees -> Verb.ATTENDEES.word();
            case Command.AnnounceHere here -> Verb.ANNOUNCE_HERE.word();
            case Command.GroupCreate create -> Verb.GROUP.word();
            case Command.GroupArchive archive -> Verb.GROUP.word();
            case Command.Organizer organizer -> Verb.ORGANIZER.word();
            case Command.Reminders reminders -> Verb.REMINDERS.word();
            case Command.LinkSpace linkSpace -> Verb.LINK_SPACE.word();
            case Command.Propose propose -> Verb.PROPOSE.word();
            case Command.ProposalList list -> Verb.PROPOSALS.word();
            case Command.ProposalAccept accept -> Verb.PROPOSALS.word();
            case Command.ProposalDecline decline -> Verb.PROPOSALS.word();
            case Command.ProposalGuidelines guidelines -> Verb.PROPOSALS.word();
            case Command.PollCreate poll -> Verb.POLL.word();
            case Command.PollShow poll -> Verb.POLL.word();
            case Command.PollVote poll -> Verb.POLL.word();
            case Command.PollClose poll -> Verb.POLL.word();
            case Command.PollPost poll -> Verb.POLL.word();
            default -> CommandMeters.UNKNOWN_VERB;
        };
    }

    private Reply route(Caller caller, Actor actor, Command command) {
        gate.admit(actor, command);
        return router.route(new Invocation(actor, caller.channel()), command);
    }

    /** Carries a failed reply out of the submission's transaction, so that the transaction is rolled back. */
    private static final class Undone extends RuntimeException {

        private final transient Reply reply;

        Undone(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }
    }
}
