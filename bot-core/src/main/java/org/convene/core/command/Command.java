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

    /** {@code post <group> "title" when=... [options]}. */
    record Post(String group, EventOptions options) implements Command {
        public Post {
            requireNonNull(group, "group");
            requireNonNull(options, "options");
        }
    }

    /** {@code edit <id> [options] [scope=series]}: one occurrence, or with {@code wholeSeries} the rest of its series. */
    record Edit(long eventId, EventOptions options, boolean wholeSeries) implements Command {
        public Edit {
            requireNonNull(options, "options");
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

    /** {@code profile [listed=yes|no]}: shows, or sets when not null, whether the asker is named on public pages. */
    record Profile(Boolean listed) implements Command {
    }

    /** {@code visibility [public|private]}: shows, or sets when not null, whether the community shows its programme. */
    record Visibility(Boolean open) implements Command {
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
