package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may act is decided before what they typed is read, so a refusal names the real reason. */
class RightsBeforeInputTest {

    private static final String ONLY_ORGANIZERS_POST = "Only organizers of Code4LibNYC can post its events.";

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private long eventId;

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
        eventId = run("Ada", true, "post code4libnyc \"Talk\" when=\"2026-12-03 18:00\"").cards().getFirst().eventId();
        kit.commands.actor(kit.caller("Grace", false));
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private void assertRefusedAndUnchanged(String text, String message) {
        String before = kit.database.snapshot();
        Reply reply = run("Grace", false, text);
        assertThat(reply.failed()).isTrue();
        assertThat(reply.plain()).isEqualTo(message);
        assertThat(kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void aMemberPostingWithABadLinkIsToldOnlyOrganizersPost() {
        assertRefusedAndUnchanged("post code4libnyc \"Talk\" when=\"tomorrow 6pm\" link=not-a-link",
                ONLY_ORGANIZERS_POST);
    }

    @Test
    void aMemberPostingWithAnUnreadableTimeIsToldOnlyOrganizersPost() {
        assertRefusedAndUnchanged("post code4libnyc \"Talk\" when=\"the day after never\"", ONLY_ORGANIZERS_POST);
    }

    @Test
    void aMemberPostingWithAnUnknownOptionOrAnOpenQuoteIsToldOnlyOrganizersPost() {
        assertRefusedAndUnchanged("post code4libnyc \"Talk\" when=\"tomorrow 6pm\" colour=blue", ONLY_ORGANIZERS_POST);
        assertRefusedAndUnchanged("post code4libnyc \"Talk when=tomorrow", ONLY_ORGANIZERS_POST);
    }

    @Test
    void aMemberPostingAVeryLongTextIsToldOnlyOrganizersPost() {
        assertRefusedAndUnchanged("post code4libnyc \"" + "Talk ".repeat(50_000) + "\" when=\"soon-ish\"",
                ONLY_ORGANIZERS_POST);
    }

    @Test
    void aMemberEditingWithABadTimeIsToldOnlyOrganizersEdit() {
        assertRefusedAndUnchanged("edit " + eventId + " when=\"whenever\" capacity=lots",
                "Only organizers of Code4LibNYC can edit its events.");
    }

    @Test
    void aMemberChangingRemindersWithABadLengthIsToldOnlyAdminsChangeThem() {
        assertRefusedAndUnchanged("reminders member=soon", "Only community admins can change when reminders go out.");
    }

    @Test
    void aMemberCreatingAGroupWithABadShortNameIsToldOnlyAdminsCreateGroups() {
        assertRefusedAndUnchanged("group create \"not a slug!\" \"Name\"", "Only community admins can create groups.");
    }

    @Test
    void aTypedPostFromAPlatformIsCheckedForRightsBeforeItsOptionsAreRead() {
        EventOptions options = new EventOptions("Talk", null, "the day after never", null, null, null, null,
                "not-a-link", "lots", "none", null, null);

        Reply reply = kit.commands.run(kit.caller("Grace", false), new Command.Post("code4libnyc", options));

        assertThat(reply.plain()).isEqualTo(ONLY_ORGANIZERS_POST);
    }
}
