package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.TIMEOUT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Verb;
import org.convene.discord.interaction.MeetupCommandDefinition;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /meetup help}'s verb is searched as it is typed, since the verbs outnumber Discord's 25 choices. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HelpVerbAutocompleteTest {

    private static final int CHOICE_LIMIT = 25;

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();

    private List<String> suggested(String typed) {
        SentInteraction typing = harness.discord.sendAutocomplete(
                SlashCommand.named("meetup").subcommand("help").focused("verb", typed));
        return harness.discord.awaitCallback(typing, TIMEOUT).bodyObject().getObject("data").getArray("choices")
                .stream(DataArray::getObject).map(choice -> choice.getString("value")).toList();
    }

    @Test
    void typingTheStartOfAVerbSuggestsThatVerbFirst() {
        assertThat(suggested("rs")).first().isEqualTo("rsvp");
        assertThat(suggested("link")).startsWith("link", "link-space");
    }

    @Test
    void typingAWordOfWhatAVerbDoesFindsIt() {
        assertThat(suggested("waitlist")).contains("attendees");
    }

    @Test
    void typingNothingOffersTheVerbsInHelpOrderUpToDiscordsLimit() {
        List<String> words = Arrays.stream(Verb.values()).map(Verb::word).limit(CHOICE_LIMIT).toList();

        assertThat(suggested("")).containsExactlyElementsOf(words);
    }

    @Test
    void theHelpVerbOptionIsRegisteredAsAutocompleteWithoutFixedChoices() {
        DataObject meetup = MeetupCommandDefinition.command().toData();
        DataObject help = named(meetup.getArray("options"), "help");
        DataObject verb = named(help.getArray("options"), "verb");

        assertThat(verb.getBoolean("autocomplete")).isTrue();
        assertThat(verb.optArray("choices").map(DataArray::length).orElse(0)).isZero();
    }

    @Test
    void noOptionOfMeetupOffersMoreChoicesThanDiscordAllows() {
        DataObject meetup = MeetupCommandDefinition.command().toData();

        assertThat(meetup.getArray("options").length()).isLessThanOrEqualTo(CHOICE_LIMIT);
        assertThat(choiceCounts(meetup)).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(CHOICE_LIMIT));
    }

    private static DataObject named(DataArray options, String name) {
        return options.stream(DataArray::getObject).filter(option -> option.getString("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static List<Integer> choiceCounts(DataObject option) {
        List<Integer> counts = new ArrayList<>();
        option.optArray("choices").ifPresent(choices -> counts.add(choices.length()));
        option.optArray("options").ifPresent(options -> options.stream(DataArray::getObject)
                .forEach(child -> counts.addAll(choiceCounts(child))));
        return counts;
    }
}
