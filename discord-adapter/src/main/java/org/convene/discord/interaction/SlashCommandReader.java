package org.convene.discord.interaction;

import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.MemberRef;

/** Turns {@code /meetup} subcommands with typed options into the core's command records. */
final class SlashCommandReader {

    Command read(SlashCommandInteraction event) {
        String group = event.getSubcommandGroup();
        String name = event.getSubcommandName() == null ? "help" : event.getSubcommandName();
        if (group != null) {
            return readGroup(event, group, name);
        }
        return switch (name) {
            case "help" -> new Command.Help(text(event, "verb"));
            case "groups" -> new Command.Groups();
            case "join" -> new Command.Join(required(event, "group"));
            case "leave" -> new Command.Leave(required(event, "group"));
            case "events" -> new Command.Events(text(event, "group"), (int) number(event, "page", 1));
            case "event" -> new Command.ShowEvent(eventId(event));
            case "rsvp" -> new Command.Rsvp(eventId(event), answer(text(event, "answer")),
                    (int) number(event, "guests", 0));
            case "mine" -> new Command.Mine();
            case "link" -> new Command.Link(text(event, "code"), flag(event, "confirm"));
            case "post" -> new Command.Post(required(event, "group"), options(event),
                    optionalFlag(event, AttendanceSubcommands.NO_SHOWS_BEHIND));
            case "edit" -> new Command.Edit(eventId(event), options(event), flag(event, "series"),
                    optionalFlag(event, AttendanceSubcommands.NO_SHOWS_BEHIND));
            case "cancel" -> new Command.Cancel(eventId(event), text(event, "reason"), flag(event, "series"));
            case "attendees" -> new Command.Attendees(eventId(event), flag(event, "csv"));
            case "announce-here" -> new Command.AnnounceHere(required(event, "group"));
            case "link-space" -> new Command.LinkSpace(text(event, "code"));
            case "reminders" -> new Command.Reminders(text(event, "link"), text(event, "channel"),
                    text(event, "member"));
            case "calendar" -> new Command.Calendar(flag(event, "reset"));
            case "profile" -> ProposalCommands.profile(event, optionalFlag(event, "listed"));
            case "visibility" -> new Command.Visibility(text(event, "set") == null ? null
                    : "public".equals(text(event, "set")));
            default -> throw Refusal.invalid("I do not know /meetup " + name + "; type /meetup help.");
        };
    }

    /** Whether a post or edit came with nothing but its group or event: then a form asks for the rest. */
    static boolean wantsForm(SlashCommandInteraction event) {
        String name = event.getSubcommandName();
        return event.getSubcommandGroup() == null && ("post".equals(name) || "edit".equals(name))
                && event.getOptions().size() == 1;
    }

    private static Command readGroup(SlashCommandInteraction event, String group, String name) {
        if (group.equals("proposal")) {
            return ProposalCommands.read(event, name);
        }
        if (group.equals("talk")) {
            return TalkCommandOptions.read(event, name);
        }
        return switch (group + " " + name) {
            case "group create" -> new Command.GroupCreate(required(event, "slug"), text(event, "name"),
                    text(event, "description"));
            case "group archive" -> new Command.GroupArchive(required(event, "group"));
            case "poll create", "poll show", "poll vote", "poll close" -> PollSubcommands.read(event, name);
            case "organizer add", "organizer remove" -> new Command.Organizer(name.equals("add"),
                    required(event, "group"), member(event));
            case "attendance checkin", "attendance list", "attendance code", "attendance mark",
                 "attendance unmark", "attendance close", "attendance rule", "attendance mine",
                 "attendance expiry" -> AttendanceSubcommands.read(event, name);
            default -> throw Refusal.invalid("I do not know /meetup " + group + " " + name + "; type /meetup help.");
        };
    }

    private static EventOptions options(SlashCommandInteraction event) {
        return new EventOptions(text(event, "title"), text(event, "description"), text(event, "when"),
                text(event, "end"), text(event, "duration"), text(event, "where"), text(event, "online"),
                text(event, "link"), text(event, "capacity"), text(event, "guests"), text(event, "deadline"),
                text(event, "repeat"));
    }

    static MemberRef member(SlashCommandInteraction event) {
        OptionMapping option = event.getOption("user");
        if (option == null) {
            throw Refusal.invalid("Say who: pick a member in the user option.");
        }
        User user = option.getAsUser();
        Member member = option.getAsMember();
        String shown = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new MemberRef.ByIdentity(new Identity(Platform.DISCORD, user.getId()), shown);
    }

    private static Answer answer(String typed) {
        if (typed == null) {
            return Answer.GOING;
        }
        return Answer.parse(typed).orElseThrow(() -> Refusal.invalid("I did not understand the answer \""
                + typed + "\"; pick going, maybe or no."));
    }

    static long eventId(SlashCommandInteraction event) {
        OptionMapping option = event.getOption("event");
        if (option == null) {
            throw Refusal.invalid("Which event? Pick one in the event option.");
        }
        try {
            return option.getAsLong();
        } catch (NumberFormatException | IllegalStateException notANumber) {
            throw Refusal.invalid("\"" + option.getAsString() + "\" is not an event number; pick one from the list.");
        }
    }

    private static long number(SlashCommandInteraction event, String name, long otherwise) {
        OptionMapping option = event.getOption(name);
        return option == null ? otherwise : option.getAsLong();
    }

    static boolean flag(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        return option != null && option.getAsBoolean();
    }

    /** A boolean option, or null when it was left out. */
    private static Boolean optionalFlag(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null ? null : option.getAsBoolean();
    }

    static String required(SlashCommandInteraction event, String name) {
        String value = text(event, name);
        if (value == null) {
            throw Refusal.invalid("Missing the " + name + " option.");
        }
        return value;
    }

    private static String text(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        if (option == null || option.getAsString().isBlank()) {
            return null;
        }
        return option.getAsString().strip();
    }
}
