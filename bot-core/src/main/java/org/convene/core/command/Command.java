package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.Answer;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.MemberRef;

/** Every {@code /meetup} verb as a typed, self-checking record; Discord builds them from options, text through the grammar. */
public sealed interface Command {

    /** {@code help [verb]}. */
    record Help(String verb) implements Command {
    }

    /** {@code groups}. */
    record Groups() implements Command {
    }

    /** {@code join <group>}. */
    record Join(String group) implements Command {
        public Join {
            requireNonNull(group, "group");
        }
    }

    /** {@code leave <group>}. */
    record Leave(String group) implements Command {
        public Leave {
            requireNonNull(group, "group");
        }
    }

    /** {@code events [group] [page=N]}. */
    record Events(String group, int page) implements Command {
        public Events {
            if (page < 1) {
                throw Refusal.invalid("Pages count from 1; you asked for page " + page + ".");
            }
        }
    }

    /** {@code event <id>}. */
    record ShowEvent(long eventId) implements Command {
    }

    /** {@code rsvp <id> [going|maybe|no] [+N]}. */
    record Rsvp(long eventId, Answer answer, int guests) implements Command {
        public Rsvp {
            requireNonNull(answer, "answer");
            if (guests < 0) {
                throw Refusal.invalid("Guests cannot be negative; type +1 to bring one guest.");
            }
        }
    }

    /** {@code mine}. */
    record Mine() implements Command {
    }

    /**
     * {@code link [code] [confirm]}: make a code; type one from the other platform to see whose account yours would
     * join; add {@code confirm} to join them.
     */
    record Link(String code, boolean confirmed) implements Command {
        public Link(String code) {
            this(code, false);
        }
    }

    /**
     * {@code post <group> "title" when=... [options] [noshows=behind]}; {@code noShowsBehind} null when not given.
     */
    record Post(String group, EventOptions options, Boolean noShowsBehind) implements Command {
        public Post {
            requireNonNull(group, "group");
            requireNonNull(options, "options");
        }

        public Post(String group, EventOptions options) {
            this(group, options, null);
        }
    }

    /** {@code edit <id> [options] [scope=series]}: one occurrence, or with {@code wholeSeries} the rest of its series. */
    record Edit(long eventId, EventOptions options, boolean wholeSeries, Boolean noShowsBehind) implements Command {
        public Edit {
            requireNonNull(options, "options");
        }

        public Edit(long eventId, EventOptions options, boolean wholeSeries) {
            this(eventId, options, wholeSeries, null);
        }

        public Edit(long eventId, EventOptions options) {
            this(eventId, options, false);
        }
    }

    /** {@code cancel <id> [reason] [scope=series]}: one event, or with {@code wholeSeries} the rest of its series. */
    record Cancel(long eventId, String reason, boolean wholeSeries) implements Command {
        public Cancel(long eventId, String reason) {
            this(eventId, reason, false);
        }
    }

    /** {@code attendees <id> [csv]}. */
    record Attendees(long eventId, boolean csv) implements Command {
    }

    /** {@code announce-here <group>}. */
    record AnnounceHere(String group) implements Command {
        public AnnounceHere {
            requireNonNull(group, "group");
        }
    }

    /** {@code group create <slug> "name" [description]}. */
    record GroupCreate(String slug, String name, String description) implements Command {
        public GroupCreate {
            requireNonNull(slug, "slug");
        }
    }

    /** {@code group archive <slug>}. */
    record GroupArchive(String slug) implements Command {
        public GroupArchive {
            requireNonNull(slug, "slug");
        }
    }

    /** {@code organizer add|remove <group> <user>}. */
    record Organizer(boolean add, String group, MemberRef who) implements Command {
        public Organizer {
            requireNonNull(group, "group");
            requireNonNull(who, "who");
        }
    }

    /** {@code reminders [link=24h] [channel=24h] [member=1h]}: each lead as typed, null to keep it. */
    record Reminders(String link, String channel, String member) implements Command {
        public boolean changes() {
            return link != null || channel != null || member != null;
        }
    }

    /** {@code link-space [code]}. */
    record LinkSpace(String code) implements Command {
    }

    /** {@code calendar [reset]}: the asker's personal calendar address, or a new one replacing it. */
    record Calendar(boolean reset) implements Command {
    }

    /**
     * {@code profile [listed=yes|no] [dm=discord|slack|auto] [mute=<group>] [unmute=<group>]}: shows the asker's
     * profile, or changes what is not null: whether they are named on public pages, where their direct messages go,
     * a group whose member reminders they mute or unmute.
     */
    record Profile(Boolean listed, String dm, String mute, String unmute) implements Command {
        public Profile(Boolean listed) {
            this(listed, null, null, null);
        }
    }

    /** {@code visibility [public|private]}: shows, or sets when not null, whether the community shows its programme. */
    record Visibility(Boolean open) implements Command {
    }

    /**
     * {@code propose [<slug> "name" description=... why=... organizers=@a,@b]}: with no slug, the guidelines (and on
     * a platform with forms, a button opening one); otherwise a proposal of a new group.
     */
    record Propose(String slug, String name, String description, String why, java.util.List<MemberRef> organizers)
            implements Command {
        public Propose {
            organizers = organizers == null ? java.util.List.of() : java.util.List.copyOf(organizers);
        }

        /** Only the guidelines are asked for. */
        public static Propose guidelines() {
            return new Propose(null, null, null, null, java.util.List.of());
        }

        public boolean showsGuidelines() {
            return slug == null;
        }
    }

    /** {@code proposals}: the open group proposals, for admins. */
    record ProposalList() implements Command {
    }

    /** {@code proposals accept <id>}. */
    record ProposalAccept(long proposalId) implements Command {
    }

    /** {@code proposals decline <id> <reason>}: the reason goes to the proposer. */
    record ProposalDecline(long proposalId, String reason) implements Command {
    }

    /** {@code proposals guidelines ["text"]}: shows, or sets when not null, what members read before proposing. */
    record ProposalGuidelines(String text) implements Command {
    }

    /** {@code poll <group> "title" "date" "date" [...] [for=2h] [where=...]}: offers a group two to five dates. */
    record PollCreate(String group, String title, java.util.List<String> dates, String length, String where)
            implements Command {
        public PollCreate {
            requireNonNull(group, "group");
            dates = java.util.List.copyOf(dates);
            if (dates.size() < org.convene.core.domain.DatePoll.FEWEST_OPTIONS
                    || dates.size() > org.convene.core.domain.DatePoll.MOST_OPTIONS) {
                throw Refusal.invalid("A poll offers " + org.convene.core.domain.DatePoll.FEWEST_OPTIONS + " to "
                        + org.convene.core.domain.DatePoll.MOST_OPTIONS + " dates, each in quotes; you gave "
                        + dates.size() + ": /meetup poll bookclub \"The Overstory\" \"Dec 3 6pm\" \"Dec 10 6pm\".");
            }
        }
    }

    /** {@code checkin <id> <code>}: a confirmed attendee checks in with the organizers' code. */
    record CheckIn(long eventId, String code) implements Command {
        public CheckIn {
            requireNonNull(code, "code");
        }
    }

    /**
     * {@code attendance <id> [code [new]|mark <user>|unmark <user>|close|noshows=behind|equal]}; {@code who} names
     * the member for marks.
     */
    record Attendance(long eventId, Action action, MemberRef who) implements Command {

        /** What an organizer does with the event's attendance. */
        public enum Action { LIST, CODE, NEW_CODE, MARK, UNMARK, CLOSE, NOSHOWS_BEHIND, NOSHOWS_EQUAL }

        public Attendance {
            requireNonNull(action, "action");
            if ((action == Action.MARK || action == Action.UNMARK) != (who != null)) {
                throw new IllegalArgumentException("mark and unmark name a member; nothing else does");
            }
        }
    }

    /** {@code poll <id>}: a poll with its counts. */
    record PollShow(long pollId) implements Command {
    }

    /** {@code poll vote <id> <date>}: picks a date of a poll, or takes the pick back. */
    record PollVote(long pollId, int option) implements Command {
    }

    /** {@code poll close <id> [post]}: closes a poll; with {@code post}, also posts the event for its winning date. */
    record PollClose(long pollId, boolean post) implements Command {
    }

    /** A closed poll's event form, sent back: posts the event for the poll with what the form says, once. */
    record PollPost(long pollId, String group, EventOptions options) implements Command {
        public PollPost {
            requireNonNull(group, "group");
            requireNonNull(options, "options");
        }
    }

    /** {@code attendance mine}: the asker's own attendance record. */
    record AttendanceMine() implements Command {
    }

    /** {@code attendance expiry[=90d]}: shows, or sets when not null, how long a no-show counts. */
    record NoShowExpiry(String expiry) implements Command {
    }

    /**
     * {@code talk slots <event> 4x15m | "name" ... [from=18:15] [length=15m] [auto=yes|no]}: opens the event's call
     * for presenters with {@code count} slots of {@code minutes} (or one per name); {@code talk slots <event> none}
     * ({@code close}) closes it.
     */
    record OpenTalkSlots(long eventId, int count, int minutes, java.util.List<String> names, java.time.LocalTime from,
                         boolean autoAccept, boolean close) implements Command {
        public OpenTalkSlots {
            names = java.util.List.copyOf(names);
        }
    }

    /** {@code talk offer <event> [slot=N] "title" [description]}: a talk offered for a slot (the first open one). */
    record OfferTalk(long eventId, Integer slot, String title, String description) implements Command {
        public OfferTalk {
            title = TalkGrammar.line(title == null ? "" : title, TalkGrammar.TITLE_LIMIT, "A talk's title");
            description = description == null || description.isBlank() ? ""
                    : TalkGrammar.line(description, TalkGrammar.DESCRIPTION_LIMIT, "A talk's description");
        }
    }

    /** {@code talk accept <offer>}. */
    record AcceptTalk(long offerId) implements Command {
    }

    /** {@code talk decline <offer> [reason]}. */
    record DeclineTalk(long offerId, String reason) implements Command {
    }

    /** {@code talk withdraw <offer>}: the presenter takes it back, or an organizer removes it. */
    record WithdrawTalk(long offerId) implements Command {
    }

    /** {@code talk agenda <event>}. */
    record ShowAgenda(long eventId) implements Command {
    }
}
