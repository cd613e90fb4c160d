package org.convene.core.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The verbs of {@code /meetup}, with their usage, what they do, who may use them and examples. */
public enum Verb {
    HELP("help", "help [verb]", "Lists the commands, or explains one.", Role.EVERYONE, "help rsvp"),
    GROUPS("groups", "groups", "Lists the groups of this community.", Role.EVERYONE, "groups"),
    JOIN("join", "join <group>", "Joins a group, so you hear about its events.", Role.EVERYONE, "join code4libnyc"),
    LEAVE("leave", "leave <group>", "Leaves a group.", Role.EVERYONE, "leave code4libnyc"),
    EVENTS("events", "events [group] [page=N]", "Lists upcoming events, soonest first.", Role.EVERYONE,
            "events", "events code4libnyc", "events page=2"),
    EVENT("event", "event <id>", "Shows one event.", Role.EVERYONE, "event 42"),
    RSVP("rsvp", "rsvp <id> [going|maybe|no] [+N]", "Answers an event; +N brings guests.", Role.EVERYONE,
            "rsvp 42", "rsvp 42 going +1", "rsvp 42 no"),
    MINE("mine", "mine", "Your groups and your upcoming RSVPs.", Role.EVERYONE, "mine"),
    CALENDAR("calendar", "calendar [reset]", "Gives you the secret address of your own calendar feed of the events you "
            + "answered; reset replaces it and the old one stops working.", Role.EVERYONE, "calendar",
            "calendar reset"),
    PROFILE("profile", "profile [listed=yes|no] [dm=discord|slack|auto] [mute=<group>] [unmute=<group>]",
            "Shows or changes your profile: whether your name may appear on public pages, where your direct "
            + "messages go, and groups whose reminders you mute.", Role.EVERYONE, "profile", "profile listed=yes",
            "profile dm=slack", "profile mute=bookclub"),
    LINK("link", "link [code] [confirm]", "Ties your Discord and Slack accounts together: run it on one, type the "
            + "code on the other to see whose account yours joins, then confirm.", Role.EVERYONE, "link",
            "link ABCD-EFGH", "link ABCD-EFGH confirm"),
    POST("post", "post <group> \"title\" when=... [for=2h] [where=...] [online=...] [link=...] [capacity=N] "
            + "[guests=N] [deadline=...] [repeat=weekly|biweekly|monthly] [description=...]",
            "Posts an event. Times are read in the community's time zone.", Role.ORGANIZER,
            "post code4libnyc \"Lightning talks\" when=\"next thursday 6pm\" for=2h where=\"Room 4\"",
            "post bookclub \"The Overstory\" when=\"2026-12-03 18:00\" capacity=25 link=https://meet.example/x"),
    EDIT("edit", "edit <id> [title=...] [when=...] [end=...|for=...] [where=...] [online=...] [link=...] "
            + "[capacity=N|none] [guests=N] [deadline=...|none] [description=...] [scope=one|series]",
            "Changes an event (with scope=series, also every later one of its series); attendees are told.",
            Role.ORGANIZER, "edit 42 when=\"Dec 10 6pm\"", "edit 42 capacity=30", "edit 42 where=\"Room 5\" scope=series"),
    CANCEL("cancel", "cancel <id> [reason] [scope=one|series]",
            "Cancels an event (with scope=series, also every later one, ending the series); attendees are told.",
            Role.ORGANIZER, "cancel 42 The library is closed for snow", "cancel 42 scope=series We are taking a break"),
    ATTENDEES("attendees", "attendees <id> [csv]", "Who is coming, the waitlist in order, and who might come.",
            Role.ORGANIZER, "attendees 42", "attendees 42 csv"),
    ANNOUNCE_HERE("announce-here", "announce-here <group>", "Announces the group's events in this channel.",
            Role.ORGANIZER, "announce-here code4libnyc"),
    GROUP("group", "group create <slug> \"name\" [description] | group archive <slug>",
            "Creates or archives a group.", Role.ADMIN,
            "group create a11y \"Accessibility in Libraries\" \"Making collections usable by all\"",
            "group archive a11y"),
    ORGANIZER("organizer", "organizer add|remove <group> <user>", "Names or removes a group's organizers.",
            Role.ADMIN, "organizer add code4libnyc @grace"),
    REMINDERS("reminders", "reminders [link=24h] [channel=24h] [member=1h]", "Shows or changes how long before "
            + "an event the private link and the reminders go out.", Role.ADMIN, "reminders",
            "reminders channel=48h member=2h"),
    VISIBILITY("visibility", "visibility [public|private]", "Shows or changes whether the community has public pages, "
            + "calendar feeds and an event list.", Role.ADMIN, "visibility", "visibility private"),
    LINK_SPACE("link-space", "link-space [code]", "Joins a Discord server and a Slack workspace into one "
            + "community: run it in one, type the code in the other.", Role.ADMIN, "link-space",
            "link-space ABCD-EFGH"),
    PROPOSE("propose", "propose [<slug> \"name\" description=... why=... organizers=@a,@b]", "Proposes a new group "
            + "to the admins; alone, shows the guidelines first.", Role.EVERYONE, "propose",
            "propose zines \"Zine Library\" description=\"Making and keeping zines\" why=\"Ten of us asked\" "
                    + "organizers=@grace"),
    PROPOSALS("proposals", "proposals [accept <id> | decline <id> <reason> | guidelines [\"text\"]]",
            "Lists the open group proposals to accept or decline, or shows or sets the guidelines.", Role.ADMIN,
            "proposals", "proposals accept 3", "proposals decline 3 We already have a zine group",
            "proposals guidelines \"Say who will organize and how often you will meet.\""),
    POLL("poll", "poll <group> \"title\" \"date\" \"date\" [...] [for=2h] [where=...] | poll <id> | poll vote <id> <n> "
            + "| poll close <id> [post]", "Asks a group's members which of two to five dates suits them; closing it "
            + "picks the date most chose and offers to post the event.", Role.ORGANIZER,
            "poll bookclub \"The Overstory\" \"Dec 3 6pm\" \"Dec 10 6pm\" for=2h where=\"Room 4\"", "poll 7",
            "poll vote 7 2", "poll close 7", "poll close 7 post"),
    CHECKIN("checkin", "checkin <id> <code>", "Checks you in to an event you hold a seat at, with the code the "
            + "organizers show, from 30 minutes before it starts until it ends.", Role.EVERYONE, "checkin 42 KXMTP"),
    ATTENDANCE("attendance", "attendance <id> [code [new]|mark <user>|unmark <user>|close|noshows=behind|equal] "
            + "| attendance mine | attendance expiry[=90d]", "Organizers: the check-in code, who came, marking people, "
            + "closing attendance (who did not come is then a no-show) and, before anyone answers, letting members "
            + "with a recent no-show wait behind the others (also noshows=behind on post and edit). Anyone: attendance mine, your own record. Admins: how "
            + "long a no-show counts.", Role.ORGANIZER, "attendance 42", "attendance 42 code", "attendance 42 code new",
            "attendance 42 mark @grace", "attendance 42 close", "attendance 42 noshows=behind", "attendance mine",
            "attendance expiry=90d"),
    TALK("talk", "talk slots <id> 4x15m|\"name\" ... [from=18:15] [length=15m] [auto=yes] | talk slots <id> none | "
            + "talk offer <id> [slot=N] \"title\" [description] | talk accept|decline|withdraw <offer> [reason] | "
            + "talk agenda <id>", "Calls for presenters: organizers open talk slots on an event, members offer a "
            + "talk for a slot, organizers accept or decline; a presenter holds a seat.", Role.EVERYONE,
            "talk slots 42 4x15m from=18:15", "talk offer 42 slot=2 \"Linked data on a shoestring\" What we "
            + "learned moving our catalogue", "talk accept 7", "talk agenda 42");

    /** Who may use a verb. */
    public enum Role {
        EVERYONE("everyone"),
        ORGANIZER("organizers"),
        ADMIN("admins");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String word;
    private final String usage;
    private final String summary;
    private final Role role;
    private final List<String> examples;

    Verb(String word, String usage, String summary, Role role, String... examples) {
        this.word = word;
        this.usage = usage;
        this.summary = summary;
        this.role = role;
        this.examples = List.of(examples);
    }

    public String word() {
        return word;
    }

    public String usage() {
        return usage;
    }

    public String summary() {
        return summary;
    }

    public Role role() {
        return role;
    }

    public List<String> examples() {
        return examples;
    }

    public static Optional<Verb> of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(verb -> verb.word.equals(lower)).findFirst();
    }

    /** The verb closest to a mistyped one, if any is close enough to be a likely typo. */
    public static Optional<Verb> closestTo(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Verb best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Verb verb : values()) {
            int distance = distance(lower, verb.word);
            if (distance < bestDistance) {
                best = verb;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, lower.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int column = 0; column <= right.length(); column++) {
            previous[column] = column;
        }
        for (int row = 1; row <= left.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= right.length(); column++) {
                int cost = left.charAt(row - 1) == right.charAt(column - 1) ? 0 : 1;
                current[column] = Math.min(Math.min(current[column - 1] + 1, previous[column] + 1),
                        previous[column - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
