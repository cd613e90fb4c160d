package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.interaction.ProposalModal;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A member proposes a group through the form behind the guidelines' button, the admin gets the proposal's card by
 * direct message and accepts it with its button, end to end through the real Bolt.
 */
class SlackProposalFormTest {

    private static final String GRACE = "U0GRACE";
    private static final String HAL = "U0HAL";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    @Test
    void aMemberProposesThroughTheFormAndTheAdminAcceptsFromTheDirectMessagesCard() {
        assertThat(shown(fixture.command(ADMIN, "proposals"))).contains("No group proposals are waiting");
        String guidelines = shown(fixture.command(GRACE, "propose"));
        assertThat(guidelines).contains("Before you propose a group, read the guidelines", "Propose a group");

        fixture.post(fixture.requests.blockAction(new Origin(GRACE, CHANNEL), "1767225600.000050",
                new Action("propose", "guidelines-actions-0", "propose"), fixture.slack.responseUrl("click")));
        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo(ProposalModal.CALLBACK_ID);

        HttpReply submitted = fixture.post(fixture.requests.viewSubmission(GRACE, ProposalModal.CALLBACK_ID,
                view.get("private_metadata").getAsString(), proposalValues()));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body()).doesNotContain("errors");
        RecordedCall thanks = fixture.slack.await("the proposer's thanks", call -> call.isApiCall("chat.postMessage")
                && GRACE.equals(call.param("channel")), TIMEOUT);
        assertThat(shown(thanks)).contains("proposal #1 of Zine Library (zines) is with the admins");

        fixture.kit.worker("worker", fixture.bot.publisher()).drain();
        RecordedCall card = fixture.slack.await("the admin's card", call -> call.isApiCall("chat.postMessage")
                && shown(call).contains("A member proposes a new group"), TIMEOUT);
        assertThat(shown(card)).contains("Zine Library", "Ten of us asked", "proposals accept 1",
                "proposals decline 1");

        fixture.post(fixture.requests.blockAction(new Origin(ADMIN, "D0ADMIN"), "1767225600.000051",
                new Action("proposals accept 1", "proposal-actions-0", "proposals accept 1"),
                fixture.slack.responseUrl("accept")));

        assertThat(shown(fixture.slack.awaitResponseUrlPost("accept", TIMEOUT))).contains("Accepted proposal #1");
        long community = fixture.kit.commands.actor(new org.convene.core.command.Caller(
                new org.convene.core.domain.SpaceRef(org.convene.core.domain.Platform.SLACK,
                        fixture.slack.workspace().teamId()), "", new org.convene.core.domain.Identity(
                        org.convene.core.domain.Platform.SLACK, GRACE), "", false, null)).communityId();
        Group zines = fixture.kit.groups.bySlug(community, "zines").orElseThrow();
        assertThat(fixture.kit.groups.organizers(zines.id())).hasSize(2);
        assertThat(fixture.kit.groups.organizers(zines.id()).stream().map(Member::id)
                .map(id -> fixture.kit.members.identities(id).getFirst().userId())).containsExactlyInAnyOrder(GRACE,
                HAL);
    }

    @Test
    void theDeclineButtonOpensAReasonFormWhoseReasonReachesTheProposer() {
        fixture.command(GRACE, "propose zines \"Zine Library\"");

        fixture.post(fixture.requests.blockAction(new Origin(ADMIN, "D0ADMIN"), "1767225600.000052",
                new Action("proposals decline 1", "proposal-actions-1", "proposals decline 1"),
                fixture.slack.responseUrl("decline")));
        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("decline:1");
        fixture.post(fixture.requests.viewSubmission(ADMIN, ProposalModal.CALLBACK_ID, "decline:1",
                SignedRequests.plainTextValues(Map.of(ProposalModal.REASON,
                        Map.of(EventModal.ACTION, "We already have a zine group")))));
        fixture.slack.await("the admin's confirmation", call -> call.isApiCall("chat.postMessage")
                && ADMIN.equals(call.param("channel")), TIMEOUT);

        fixture.kit.worker("worker", fixture.bot.publisher()).drain();

        RecordedCall told = fixture.slack.await("the proposer's answer", call -> call.isApiCall("chat.postMessage")
                && shown(call).contains("was declined"), TIMEOUT);
        assertThat(shown(told)).contains("We already have a zine group");
    }

    @Test
    void declineTypedWithoutAReasonOpensTheReasonFormForAnAdminAndTellsAMemberItIsForAdmins() {
        fixture.command(GRACE, "propose zines \"Zine Library\"");

        assertThat(shown(fixture.command(HAL, "proposals decline 1")))
                .contains("Only community admins can review group proposals.");
        assertThat(fixture.slack.apiCalls("views.open")).isEmpty();
        fixture.post(fixture.slashCommand(ADMIN, "proposals decline 1", "admin-decline"));

        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("decline:1");
    }

    private static JsonObject proposalValues() {
        JsonObject values = SignedRequests.plainTextValues(Map.of(
                ProposalModal.SLUG, Map.of(EventModal.ACTION, "zines"),
                ProposalModal.NAME, Map.of(EventModal.ACTION, "Zine Library"),
                ProposalModal.DESCRIPTION, Map.of(EventModal.ACTION, "Making and keeping zines"),
                ProposalModal.WHY, Map.of(EventModal.ACTION, "Ten of us asked")));
        JsonObject picked = new JsonObject();
        picked.addProperty("type", "multi_users_select");
        JsonArray users = new JsonArray();
        users.add(HAL);
        picked.add("selected_users", users);
        JsonObject block = new JsonObject();
        block.add(EventModal.ACTION, picked);
        values.add(ProposalModal.ORGANIZERS, block);
        return values;
    }
}
