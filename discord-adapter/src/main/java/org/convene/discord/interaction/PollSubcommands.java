package org.convene.discord.interaction;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.convene.core.command.Command;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Refusal;

/**
 * {@code /meetup poll create|show|vote|close}: the date polls as one subcommand group, with a typed option per date
 * and autocomplete for poll numbers, read into the core's poll commands.
 */
final class PollSubcommands {

    static final String GROUP = "poll";
    static final String POLL_OPTION = "poll";

    private PollSubcommands() {
    }

    static SubcommandGroupData definition() {
        List<OptionData> create = new ArrayList<>(List.of(MeetupCommandDefinition.group(true),
                MeetupCommandDefinition.text("title", "What the event is").setRequired(true).setMaxLength(200)));
        for (int date = 1; date <= DatePoll.MOST_OPTIONS; date++) {
            create.add(MeetupCommandDefinition.text("date" + date, date == 1 ? "A date to offer, such as Dec 3 6pm"
                    : "Another date to offer").setRequired(date <= DatePoll.FEWEST_OPTIONS).setMaxLength(100));
        }
        create.add(MeetupCommandDefinition.text("length", "How long the event lasts, such as 2h or 90m"));
        create.add(MeetupCommandDefinition.text("where", "Where it takes place").setMaxLength(200));
        return new SubcommandGroupData(GROUP, "Ask a group which date suits best").addSubcommands(
                new SubcommandData("create", "Offers a group two to five dates to pick from (organizers)")
                        .addOptions(create),
                new SubcommandData("show", "Shows a poll with its counts").addOptions(poll()),
                new SubcommandData("vote", "Picks a date of a poll, or takes the pick back").addOptions(poll(),
                        new OptionData(OptionType.INTEGER, "date", "The date's number on the poll", true)
                                .setRequiredRange(1, DatePoll.MOST_OPTIONS)),
                new SubcommandData("close", "Closes a poll and shows the chosen date (organizers)").addOptions(poll(),
                        new OptionData(OptionType.BOOLEAN, "post",
                                "Also post the event for the chosen date as the poll has it")));
    }

    static Command read(SlashCommandInteraction event, String name) {
        return switch (name) {
            case "create" -> {
                List<String> dates = new ArrayList<>();
                for (int date = 1; date <= DatePoll.MOST_OPTIONS; date++) {
                    String typed = text(event, "date" + date);
                    if (typed != null) {
                        dates.add(typed);
                    }
                }
                String group = text(event, "group");
                if (group == null) {
                    throw Refusal.invalid("Missing the group option.");
                }
                yield new Command.PollCreate(group, text(event, "title"), dates, text(event, "length"),
                        text(event, "where"));
            }
            case "show" -> new Command.PollShow(pollId(event));
            case "vote" -> new Command.PollVote(pollId(event), (int) event.getOption("date").getAsLong());
            case "close" -> {
                OptionMapping post = event.getOption("post");
                yield new Command.PollClose(pollId(event), post != null && post.getAsBoolean());
            }
            default -> throw Refusal.invalid("I do not know /meetup poll " + name + "; type /meetup help poll.");
        };
    }

    private static OptionData poll() {
        return new OptionData(OptionType.INTEGER, POLL_OPTION, "The poll (type to search)", true, true)
                .setMinValue(1);
    }

    private static long pollId(SlashCommandInteraction event) {
        OptionMapping option = event.getOption(POLL_OPTION);
        if (option == null) {
            throw Refusal.invalid("Which poll? Pick one in the poll option.");
        }
        try {
            return option.getAsLong();
        } catch (NumberFormatException | IllegalStateException notANumber) {
            throw Refusal.invalid("\"" + option.getAsString() + "\" is not a poll number; pick one from the list.");
        }
    }

    private static String text(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null || option.getAsString().isBlank() ? null : option.getAsString().strip();
    }
}
