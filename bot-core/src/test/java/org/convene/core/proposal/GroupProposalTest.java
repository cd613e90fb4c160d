package org.convene.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Button;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member proposes a group; admins accept it (the group exists with its organizers) or decline it with a reason. */
class GroupProposalTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @BeforeEach
    void setUp() {
        kit.bookClubAnnouncingIn(GENERAL);
        kit.member("Hal");
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private long proposeZines() {
        Reply reply = run("Grace", false, "propose zines \"Zine Library\" description=\"Making and keeping zines\" "
                + "why=\"Ten of us asked\" organizers=@Hal");
        assertThat(reply.failed()).as(reply.plain()).isFalse();
        return kit.proposalStore.open(kit.admin().communityId(), 10).getLast().id();
    }

    private List<Delivery> delivered() {
        kit.worker("test").drain();
        return kit.console.deliveries();
    }

    private static String userOf(Delivery delivery) {
        return delivery.target() instanceof Target.Direct direct ? direct.userId() : "channel";
    }

    @Test
    void anAcceptedProposalCreatesTheGroupWithTheProposerAndCoOrganizersAndTellsEveryone() {
        run("Ada Admin", true, "proposals");
        long id = proposeZines();
        List<Delivery> toAdmin = delivered();
        assertThat(toAdmin).singleElement().satisfies(delivery -> {
            assertThat(userOf(delivery)).isEqualTo("ada admin");
            assertThat(delivery.message().plain()).contains("Zine Library", "Ten of us asked", "Grace", "Hal");
            assertThat(delivery.message().cards().getFirst().buttons()).extracting(Button::command)
                    .containsExactly("proposals accept " + id, "proposals decline " + id);
        });

        Reply accepted = run("Ada Admin", true, "proposals accept " + id);

        assertThat(accepted.plain()).contains("Zine Library (zines) exists, organized by");
        Actor grace = kit.member("Grace");
        var group = kit.groups.bySlug(grace.communityId(), "zines").orElseThrow();
        assertThat(kit.groups.organizers(group.id())).extracting(Member::displayName)
                .containsExactlyInAnyOrder("Grace", "Hal");
        List<Delivery> all = delivered();
        List<Delivery> told = all.subList(toAdmin.size(), all.size());
        assertThat(told).extracting(GroupProposalTest::userOf).containsExactlyInAnyOrder("grace", "hal", "channel");
        assertThat(told).filteredOn(delivery -> userOf(delivery).equals("grace")).singleElement()
                .satisfies(delivery -> assertThat(delivery.message().plain()).contains("was accepted"));
        assertThat(told).filteredOn(delivery -> userOf(delivery).equals("channel")).singleElement()
                .satisfies(delivery -> assertThat(delivery.message().plain())
                        .contains("A new group: Zine Library (zines)", "/meetup join zines"));
        assertThat(run("Ada Admin", true, "proposals").plain()).contains("No group proposals are waiting");
    }

    @Test
    void aDeclinedProposalSendsTheReasonToTheProposerAndCreatesNothing() {
        long id = proposeZines();

        Reply declined = run("Ada Admin", true, "proposals decline " + id + " We already have a zine group");

        assertThat(declined.plain()).contains("Declined proposal #" + id);
        assertThat(kit.groups.bySlug(kit.admin().communityId(), "zines")).isEmpty();
        assertThat(delivered()).singleElement().satisfies(delivery -> {
            assertThat(userOf(delivery)).isEqualTo("grace");
            assertThat(delivery.message().plain()).contains("was declined: We already have a zine group");
        });
        assertThat(run("Ada Admin", true, "proposals accept " + id).plain())
                .isEqualTo("Proposal #" + id + " was already declined; nothing changed.");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAndTheProposalStaysOpen() {
        long id = proposeZines();

        kit.assertRefusedAndUnchanged(() -> kit.reviewProposals.decline(kit.admin(), id, " "),
                "Say why, for the proposer: /meetup proposals decline " + id + " We already have a group for this.");
    }

    @Test
    void twoAdminsAcceptingOneProposalAtOnceCreateOneGroupAndTheOtherIsToldItWasDecided() throws Exception {
        long id = proposeZines();
        Actor ada = kit.admin();
        Actor bea = kit.person("library-council", "Bea Admin", true);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (Actor admin : List.of(ada, bea)) {
                outcomes.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        assertThat(go.await(10, TimeUnit.SECONDS)).isTrue();
                        return "accepted " + kit.reviewProposals.accept(admin, id).group().slug();
                    } catch (Refusal refusal) {
                        return refusal.getMessage();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                    }
                }, threads));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (CompletableFuture<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("accepted zines",
                    "Proposal #" + id + " was already accepted; nothing changed.");
        }
        assertThat(kit.jdbc.one("select count(*) from meetup_group where slug = 'zines'", row -> row.getInt(1)))
                .contains(1);
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'PROPOSAL_DECIDED'", row -> row.getInt(1)))
                .contains(2);
    }

    @Test
    void aShortNameTakenSinceTheProposalIsRefusedAndTheProposalStaysOpen() {
        long id = proposeZines();
        kit.createGroup.create(kit.admin(), new CreateGroupUseCase.Input("zines", "Zines elsewhere", ""));

        kit.assertRefusedAndUnchanged(() -> kit.reviewProposals.accept(kit.admin(), id), "The short name zines was "
                + "taken since proposal #" + id + " was made, so it stays open: decline it with a reason, such as "
                + "asking for another short name.");
        assertThat(kit.proposalStore.byId(kit.admin().communityId(), id).orElseThrow().open()).isTrue();
    }

    @Test
    void aMemberSeesTheGuidelinesAdminsWroteAndAButtonToProposeBeforeProposing() {
        assertThat(run("Grace", false, "propose").plain()).contains(ProposeGroupUseCase.DEFAULT_GUIDELINES);

        run("Ada Admin", true, "proposals guidelines \"Name two organizers and how often you will meet.\"");
        Reply guidelines = run("Grace", false, "propose");

        assertThat(guidelines.plain()).contains("Name two organizers and how often you will meet.");
        assertThat(guidelines.cards().getFirst().buttons()).extracting(Button::command).containsExactly("propose");
    }

    @Test
    void aMemberWhoIsNotAnAdminCannotReviewProposalsOrWriteGuidelines() {
        long id = proposeZines();

        assertThat(run("Grace", false, "proposals accept " + id).plain())
                .isEqualTo("Only community admins can review group proposals.");
        assertThat(run("Grace", false, "proposals guidelines \"Anything goes\"").plain())
                .isEqualTo("Only community admins can review group proposals.");
        assertThat(kit.proposalStore.byId(kit.admin().communityId(), id).orElseThrow().open()).isTrue();
    }

    @Test
    void aShortNameAlreadyProposedOrTakenIsRefused() {
        long id = proposeZines();

        assertThat(run("Hal", false, "propose zines \"More zines\"").plain()).isEqualTo("Proposal #" + id
                + " already proposes zines and is waiting for an admin; choose another short name.");
        assertThat(run("Hal", false, "propose bookclub \"Books\"").plain())
                .isEqualTo("There is already a group called bookclub; choose another short name.");
    }
}
