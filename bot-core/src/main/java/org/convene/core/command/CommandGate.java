package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.Event;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Lookups;

/**
 * Decides whether the caller may use a verb before anything else they typed is read, so a refusal names the real
 * reason and no long text is parsed for someone who may not act. It reads only the verb and the word naming its
 * target (a group or an event); the use cases check the same rights again.
 */
public final class CommandGate {

    private final Lookups lookups;
    private final Access access;

    @Inject
    public CommandGate(Lookups lookups, Access access) {
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
    }

    /** Checks typed text by its first words only; text whose target cannot be told that cheaply passes on. */
    public void admit(Actor actor, String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+", 5);
        int index = words.length > 0 && words[0].equalsIgnoreCase("/meetup") ? 1 : 0;
        if (index >= words.length || words[index].isEmpty()) {
            return;
        }
        Verb verb = Verb.of(words[index]).orElse(null);
        if (verb == null) {
            return;
        }
        if (verb == Verb.TALK) {
            if (index + 2 < words.length && words[index + 1].equalsIgnoreCase("slots")) {
                organizerOfEvent(actor, words[index + 2], "open talk slots");
            }
            return;
        }
        String target = index + 1 < words.length ? words[index + 1] : null;
        boolean plainWord = target != null && !target.contains("=") && target.chars().noneMatch(Tokenizer::isQuote);
        check(actor, verb, plainWord ? target : null, target != null);
    }

    /** Checks a command as a platform's typed options built it. */
    public void admit(Actor actor, Command command) {
        switch (command) {
            case Command.Post post -> check(actor, Verb.POST, post.group(), true);
            case Command.AnnounceHere announce -> check(actor, Verb.ANNOUNCE_HERE, announce.group(), true);
            case Command.Edit edit -> check(actor, Verb.EDIT, Long.toString(edit.eventId()), true);
            case Command.Cancel cancel -> check(actor, Verb.CANCEL, Long.toString(cancel.eventId()), true);
            case Command.Attendees list -> check(actor, Verb.ATTENDEES, Long.toString(list.eventId()), true);
            case Command.GroupCreate create -> check(actor, Verb.GROUP, "create", true);
            case Command.GroupArchive archive -> check(actor, Verb.GROUP, "archive", true);
            case Command.Organizer organizer -> check(actor, Verb.ORGANIZER, organizer.add() ? "add" : "remove", true);
            case Command.LinkSpace link -> check(actor, Verb.LINK_SPACE, link.code(), link.code() != null);
            case Command.Reminders reminders -> check(actor, Verb.REMINDERS, null, reminders.changes());
            case Command.Visibility visibility -> check(actor, Verb.VISIBILITY, null, visibility.open() != null);
            case Command.ProposalList list -> check(actor, Verb.PROPOSALS, null, false);
            case Command.ProposalAccept accept -> check(actor, Verb.PROPOSALS, "accept", true);
            case Command.ProposalDecline decline -> check(actor, Verb.PROPOSALS, "decline", true);
            case Command.ProposalGuidelines guidelines -> check(actor, Verb.PROPOSALS, "guidelines", true);
            case Command.PollCreate poll -> check(actor, Verb.POLL, poll.group(), true);
            case Command.PollPost poll -> check(actor, Verb.POST, poll.group(), true);
            case Command.Attendance sheet -> check(actor, Verb.ATTENDANCE, Long.toString(sheet.eventId()), true);
            case Command.NoShowExpiry expiry -> {
                if (expiry.expiry() != null) {
                    access.requireAdmin(actor, "change how long a no-show counts");
                }
            }
            case Command.OpenTalkSlots slots -> organizerOfEvent(actor, Long.toString(slots.eventId()),
                    "open talk slots");
            default -> {
                // everyone may use the other verbs
            }
        }
    }

    private void check(Actor actor, Verb verb, String target, boolean more) {
        switch (verb) {
            case POST -> organizerOfGroup(actor, target, "post its events");
            case ANNOUNCE_HERE -> organizerOfGroup(actor, target, "choose where its announcements go");
            case EDIT -> organizerOfEvent(actor, target, "edit its events");
            case CANCEL -> organizerOfEvent(actor, target, "cancel its events");
            case ATTENDEES -> organizerOfEvent(actor, target, "see who is coming");
            case ATTENDANCE -> organizerOfEvent(actor, target, "see who came");
            case GROUP -> access.requireAdmin(actor, "archive".equalsIgnoreCase(target) ? "archive groups"
                    : "create groups");
            case ORGANIZER -> access.requireAdmin(actor, "remove".equalsIgnoreCase(target) ? "remove organizers"
                    : "name organizers");
            case LINK_SPACE -> access.requireAdmin(actor, more ? "join this space to another community"
                    : "join another space to this community");
            case REMINDERS -> {
                if (more) {
                    access.requireAdmin(actor, "change when reminders go out");
                }
            }
            case POLL -> {
                if (target != null && !target.matches("(?i)#?\\d{1,18}|vote|close")) {
                    organizerOfGroup(actor, target, "ask its members for a date");
                }
            }
            case VISIBILITY -> {
                if (more) {
                    access.requireAdmin(actor, "make the community's pages and calendars public or private");
                }
            }
            case PROPOSALS -> access.requireAdmin(actor, "review group proposals");
            default -> {
                // everyone may use the other verbs
            }
        }
    }

    private void organizerOfGroup(Actor actor, String slug, String what) {
        if (slug != null && !actor.admin()) {
            access.requireOrganizer(actor, lookups.group(actor, slug), what);
        }
    }

    private void organizerOfEvent(Actor actor, String id, String what) {
        if (id == null || actor.admin()) {
            return;
        }
        String digits = id.startsWith("#") ? id.substring(1) : id;
        if (digits.matches("\\d{1,18}")) {
            Event event = lookups.event(actor, Long.parseLong(digits));
            access.requireOrganizer(actor, lookups.groupOf(event), what);
        }
    }
}
