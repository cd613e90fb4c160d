package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupUseCasesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Actor admin;

    @BeforeEach
    void setUp() {
        admin = kit.admin();
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("code4libnyc", "Code4LibNYC", "Library coders"));
    }


    @Test
    void joiningTwiceIsHarmlessAndSaysSo() {
        Actor member = kit.member("Grace");

        assertThat(kit.membership.join(member, "code4libnyc").changed()).isTrue();
        assertThat(kit.membership.join(member, "Code4LibNYC").changed()).isFalse();
        assertThat(kit.groups.memberCount(kit.lookups.group(member, "code4libnyc").id())).isEqualTo(1);
    }

    @Test
    void leavingRemovesTheMembership() {
        Actor member = kit.member("Grace");
        kit.membership.join(member, "code4libnyc");

        assertThat(kit.membership.leave(member, "code4libnyc").changed()).isTrue();
        assertThat(kit.myAgenda.agenda(member).groups()).isEmpty();
    }

    @Test
    void onlyAdminsCreateGroups() {
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.createGroup.create(member,
                new CreateGroupUseCase.Input("a11y", "Accessibility", "")), "Only community admins can create groups.");
    }

    @Test
    void aSecondGroupWithTheSameShortNameIsRefused() {
        kit.assertRefusedAndUnchanged(() -> kit.createGroup.create(admin,
                        new CreateGroupUseCase.Input("code4libnyc", "Again", "")),
                "There is already a group called code4libnyc; choose another short name.");
    }

    @Test
    void aShortNameWithSpacesIsRefused() {
        assertThatThrownBy(() -> new CreateGroupUseCase.Input("code 4 lib", "x", ""))
                .hasMessageStartingWith("\"code 4 lib\" cannot be a group's short name");
    }

    @Test
    void anArchivedGroupLeavesTheList() {
        kit.archiveGroup.archive(admin, "code4libnyc");

        assertThat(kit.listGroups.list(admin)).isEmpty();
    }

    @Test
    void anOrganizerNamedByAnAdminMayBindAChannel() {
        Actor olive = kit.member("Olive");
        kit.organizers.add(admin, "code4libnyc", new MemberRef.ByName("Olive"));
        ChannelRef channel = new ChannelRef(Platform.CONSOLE, "library-council", "general");

        assertThat(kit.bindChannel.bind(olive, "code4libnyc", channel).added()).isTrue();
        assertThat(kit.groups.channels(kit.lookups.group(olive, "code4libnyc").id())).containsExactly(channel);
    }

    @Test
    void aMemberWhoIsNotAnOrganizerMayNotBindAChannel() {
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.bindChannel.bind(member, "code4libnyc",
                        new ChannelRef(Platform.CONSOLE, "library-council", "general")),
                "Only organizers of Code4LibNYC can choose where its announcements go.");
    }

    @Test
    void removingAnOrganizerTakesTheRoleAway() {
        Actor olive = kit.member("Olive");
        kit.organizers.add(admin, "code4libnyc", new MemberRef.ByName("Olive"));
        kit.organizers.remove(admin, "code4libnyc", new MemberRef.ByName("olive"));

        assertThat(kit.access.organizes(olive, kit.lookups.group(olive, "code4libnyc"))).isFalse();
    }

    @Test
    void groupsListShowsSizeAndMembership() {
        Actor member = kit.member("Grace");
        kit.membership.join(member, "code4libnyc");

        assertThat(kit.listGroups.list(member)).singleElement().satisfies(summary -> {
            assertThat(summary.members()).isEqualTo(1);
            assertThat(summary.joined()).isTrue();
            assertThat(summary.organizer()).isFalse();
        });
    }
}
