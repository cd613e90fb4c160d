package org.convene.discord.interaction;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.convene.core.command.Verb;

/**
 * The {@code /meetup} command as Discord registers it: one subcommand per verb (groups for {@code group} and
 * {@code organizer}), typed options, autocomplete for group slugs and event ids, descriptions within 100 characters.
 */
public final class MeetupCommandDefinition {

    public static final String NAME = "meetup";
    static final int DESCRIPTION_LIMIT = 100;

    private MeetupCommandDefinition() {
    }

    public static SlashCommandData command() {
        return Commands.slash(NAME, "Community meetups: groups, events and RSVPs")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        sub(Verb.HELP).addOptions(verbOption()),
                        sub(Verb.GROUPS),
                        sub(Verb.JOIN).addOptions(group(true)),
                        sub(Verb.LEAVE).addOptions(group(true)),
                        sub(Verb.EVENTS).addOptions(group(false),
                                new OptionData(OptionType.INTEGER, "page", "Which page, from 1").setMinValue(1)),
                        sub(Verb.EVENT).addOptions(event()),
                        sub(Verb.RSVP).addOptions(event(), answer(),
                                new OptionData(OptionType.INTEGER, "guests", "Guests you bring (+N)")
                                        .setRequiredRange(0, 20)),
                        sub(Verb.MINE),
                        sub(Verb.LINK).addOptions(code(), new OptionData(OptionType.BOOLEAN, "confirm",
                                "Join your account into the one whose code this is")),
                        sub(Verb.POST).addOptions(group(true)).addOptions(EventOptionsDefinition.forPost())
                                .addOptions(AttendanceSubcommands.noShowsOption()),
                        sub(Verb.EDIT).addOptions(event()).addOptions(EventOptionsDefinition.forEdit())
                                .addOptions(AttendanceSubcommands.noShowsOption()),
                        sub(Verb.CANCEL).addOptions(event(),
                                text("reason", "Why it is cancelled; attendees are told"),
                                new OptionData(OptionType.BOOLEAN, "series",
                                        "End its series: cancel this and every later event of it")),
                        sub(Verb.ATTENDEES).addOptions(event(),
                                new OptionData(OptionType.BOOLEAN, "csv", "Attach the list as a CSV file")),
                        sub(Verb.ANNOUNCE_HERE).addOptions(group(true)),
                        sub(Verb.LINK_SPACE).addOptions(code()),
                        sub(Verb.REMINDERS).addOptions(
                                text("link", "Private link to attendees, this long before, such as 24h"),
                                text("channel", "Channel reminder, this long before, such as 24h"),
                                text("member", "Reminder to each attendee, this long before, such as 1h")),
                        sub(Verb.CALENDAR).addOptions(new OptionData(OptionType.BOOLEAN, "reset",
                                "Replace your calendar address; the old one stops working")),
                        sub(Verb.PROFILE).addOptions(new OptionData(OptionType.BOOLEAN, "listed",
                                "Whether your name may appear on public pages"))
                                .addOptions(ProposalCommands.preferenceOptions()),
                        sub(Verb.VISIBILITY).addOptions(text("set", "Make the community public or private (admins)")
                                .addChoice("public", "public").addChoice("private", "private")))
                .addSubcommandGroups(
                        new SubcommandGroupData("group", "Create or archive groups (admins)").addSubcommands(
                                new SubcommandData("create", "Creates a group").addOptions(
                                        text("slug", "Short name, such as a11y").setRequired(true).setMaxLength(40),
                                        text("name", "Full name").setRequired(true).setMaxLength(100),
                                        text("description", "What the group is about")),
                                new SubcommandData("archive", "Archives a group").addOptions(group(true))),
                        new SubcommandGroupData("organizer", "Name or remove a group's organizers (admins)")
                                .addSubcommands(organizer("add", "Names an organizer"),
                                        organizer("remove", "Removes an organizer")),
                        ProposalCommands.group(),
                        PollSubcommands.definition(),
                        AttendanceSubcommands.definition(),
                        TalkCommandOptions.group());
    }

    static SubcommandData sub(Verb verb) {
        return new SubcommandData(verb.word(), describe(verb.summary()));
    }

    static String describe(String text) {
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }

    static OptionData group(boolean required) {
        return new OptionData(OptionType.STRING, "group", "The group's short name", required, true);
    }

    static OptionData event() {
        return new OptionData(OptionType.INTEGER, "event", "The event (type to search)", true, true).setMinValue(1);
    }

    static OptionData text(String name, String description) {
        return new OptionData(OptionType.STRING, name, description);
    }

    private static OptionData answer() {
        return text("answer", "Your answer (going if left out)")
                .addChoice("going", "going").addChoice("maybe", "maybe").addChoice("no", "no");
    }

    private static OptionData code() {
        return text("code", "The code shown on the other side, if you have one").setMaxLength(20);
    }

    /** The verb to explain, searched as it is typed: the verbs outnumber the 25 choices Discord allows. */
    private static OptionData verbOption() {
        return new OptionData(OptionType.STRING, "verb", "Explain one command (type to search)", false, true);
    }

    private static SubcommandData organizer(String action, String description) {
        return new SubcommandData(action, description).addOptions(group(true),
                new OptionData(OptionType.USER, "user", "The member", true));
    }
}
