package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.MODAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.customIds;
import static org.convene.discord.DiscordHarness.shown;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code /meetup proposal}: a member reads the guidelines, proposes through the form behind their button, and an
 * admin picks the proposal by autocomplete and accepts it, or declines it through the reason form; real JDA.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProposalsOnDiscordTest {

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin admin = harness.admin();
    private final InteractionOrigin grace = harness.member("grace");
    private final InteractionOrigin hal = harness.member("hal");

    private static SlashCommand proposal(String subcommand) {
        return SlashCommand.named("meetup").subcommand("proposal", subcommand);
    }

    private DataObject answer(SlashCommand command, InteractionOrigin origin) {
        return harness.answer(harness.discord.sendSlashCommand(command, origin));
    }

    @Test
    void aMemberProposesThroughTheFormAndAnAdminAcceptsIt() {
        assertThat(shown(answer(proposal("list"), admin))).contains("No group proposals are waiting");
        answer(SlashCommand.named("meetup").subcommand("groups"), hal);
        DataObject guidelines = answer(proposal("new"), grace);
        assertThat(shown(guidelines)).contains("Before you propose a group, read the guidelines");
        assertThat(customIds(guidelines)).contains("propose");

        SentInteraction click = harness.discord.sendButtonClick("propose", grace);
        DataObject form = harness.discord.awaitCallback(click, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        assertThat(form.getObject("data").getString("custom_id")).isEqualTo("proposal:new");
        SentInteraction submit = harness.discord.sendModalSubmit("proposal:new", Map.of("slug", "zines",
                "name", "Zine Library", "why", "Ten of us asked", "organizers", "hal"), grace);
        assertThat(shown(harness.answer(submit))).contains("proposal #1 of Zine Library (zines) is with the admins");

        SentInteraction typing = harness.discord.sendAutocomplete(proposal("accept")
                .focused("proposal", OptionType.INTEGER, "zine"), admin);
        assertThat(harness.discord.awaitCallback(typing, TIMEOUT).bodyObject().getObject("data").getArray("choices")
                .stream(DataArray::getObject).map(choice -> String.valueOf(choice.get("value"))).toList())
                .containsExactly("1");
        assertThat(shown(answer(proposal("accept").option("proposal", 1L), admin)))
                .contains("Accepted proposal #1: Zine Library (zines) exists");

        long community = harness.kit.commands.actor(harness.caller(grace, false)).communityId();
        Group zines = harness.kit.groups.bySlug(community, "zines").orElseThrow();
        assertThat(harness.kit.groups.organizers(zines.id())).extracting(Member::displayName)
                .containsExactlyInAnyOrder("grace", "hal");
    }

    @Test
    void declineWithoutAReasonOpensTheReasonFormForAnAdminOnly() {
        answer(proposal("new").option("slug", "zines").option("name", "Zine Library"), grace);

        SentInteraction byMember = harness.discord.sendButtonClick("proposals decline 1", grace);
        DataObject refused = harness.discord.awaitCallback(byMember, TIMEOUT).bodyObject();
        assertThat(refused.getObject("data").getString("content")).contains("Only community admins");

        SentInteraction byAdmin = harness.discord.sendSlashCommand(proposal("decline").option("proposal", 1L), admin);
        DataObject form = harness.discord.awaitCallback(byAdmin, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        SentInteraction submit = harness.discord.sendModalSubmit("proposal:decline:1",
                Map.of("reason", "We already have a zine group"), admin);
        assertThat(shown(harness.answer(submit))).contains("Declined proposal #1");
    }
}
