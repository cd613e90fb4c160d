package org.convene.discord.interaction;

import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.convene.core.attendance.NoShowExpiry;
import org.convene.core.command.Command;
import org.convene.core.command.Command.Attendance.Action;
import org.convene.core.domain.Refusal;

/**
 * The {@code /meetup attendance} subcommand group: {@code checkin} for attendees, the event's code, who came, marks,
 * closing and the no-show rule for organizers, {@code mine} for anyone and {@code expiry} for admins.
 */
final class AttendanceSubcommands {

    static final String GROUP = "attendance";
    /** The option on post and edit that lets members with a recent no-show wait behind others. */
    static final String NO_SHOWS_BEHIND = "noshows_behind";

    private AttendanceSubcommands() {
    }

    static SubcommandGroupData definition() {
        return new SubcommandGroupData(GROUP, "Check in, who came, no-shows").addSubcommands(
                new SubcommandData("checkin", "Check in to an event you hold a seat at, with the organizers' code")
                        .addOptions(MeetupCommandDefinition.event(), new OptionData(OptionType.STRING, "code",
                                "The code the organizers show", true).setMaxLength(20)),
                new SubcommandData("list", "Who came and who has not (organizers)")
                        .addOptions(MeetupCommandDefinition.event()),
                new SubcommandData("code", "The event's check-in code to show in the room (organizers)")
                        .addOptions(MeetupCommandDefinition.event(), new OptionData(OptionType.BOOLEAN, "new",
                                "Replace the code; the old one stops working")),
                new SubcommandData("mark", "Mark someone as here (organizers)")
                        .addOptions(MeetupCommandDefinition.event(), user()),
                new SubcommandData("unmark", "Take back someone's check-in (organizers)")
                        .addOptions(MeetupCommandDefinition.event(), user()),
                new SubcommandData("close", "Close attendance: who did not check in is a no-show (organizers)")
                        .addOptions(MeetupCommandDefinition.event()),
                new SubcommandData("rule", "Before anyone answers: recent no-shows wait behind others (organizers)")
                        .addOptions(MeetupCommandDefinition.event(), new OptionData(OptionType.BOOLEAN, "behind",
                                "True: members with a recent no-show wait behind the others", true)),
                new SubcommandData("mine", "Your own attendance and the no-shows that still count"),
                new SubcommandData("expiry", "How many days a no-show counts; admins may change it")
                        .addOptions(new OptionData(OptionType.INTEGER, "days", "Days a no-show counts")
                                .setRequiredRange(1, NoShowExpiry.MOST_DAYS)));
    }

    static OptionData noShowsOption() {
        return new OptionData(OptionType.BOOLEAN, NO_SHOWS_BEHIND,
                "Members with a recent no-show wait behind others (before anyone answers)");
    }

    static Command read(SlashCommandInteraction event, String name) {
        return switch (name) {
            case "checkin" -> new Command.CheckIn(SlashCommandReader.eventId(event),
                    SlashCommandReader.required(event, "code"));
            case "list" -> new Command.Attendance(SlashCommandReader.eventId(event), Action.LIST, null);
            case "code" -> new Command.Attendance(SlashCommandReader.eventId(event),
                    SlashCommandReader.flag(event, "new") ? Action.NEW_CODE : Action.CODE, null);
            case "mark", "unmark" -> new Command.Attendance(SlashCommandReader.eventId(event),
                    name.equals("mark") ? Action.MARK : Action.UNMARK, SlashCommandReader.member(event));
            case "close" -> new Command.Attendance(SlashCommandReader.eventId(event), Action.CLOSE, null);
            case "rule" -> new Command.Attendance(SlashCommandReader.eventId(event),
                    SlashCommandReader.flag(event, "behind") ? Action.NOSHOWS_BEHIND : Action.NOSHOWS_EQUAL, null);
            case "mine" -> new Command.AttendanceMine();
            case "expiry" -> {
                OptionMapping days = event.getOption("days");
                yield new Command.NoShowExpiry(days == null ? null : days.getAsLong() + "d");
            }
            default -> throw Refusal.invalid("I do not know /meetup attendance " + name + "; type /meetup help.");
        };
    }

    private static OptionData user() {
        return new OptionData(OptionType.USER, "user", "The member", true);
    }
}
