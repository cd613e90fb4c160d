package org.convene.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.MemberRef;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar, profile and visibility commands as typed text, over a real database. */
class PublicFaceCommandsTest {

    private static final Pattern PERSONAL = Pattern.compile(
            "https://meet\\.example\\.org/calendar/([0-9a-f]{64})\\.ics");

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create bookclub \"Book Club\" We read together");
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private static String secretIn(Reply reply) {
        Matcher matcher = PERSONAL.matcher(reply.plain());
        assertThat(matcher.find()).as(reply.plain()).isTrue();
        return matcher.group(1);
    }

    @Test
    void calendarRepliesPrivatelyWithTheWebcalAndHttpsAddressesOfAFeedThatOpens() {
        Reply reply = run("Grace", false, "calendar");

        String secret = secretIn(reply);
        assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(reply.plain()).contains("webcal://meet.example.org/calendar/" + secret + ".ics");
        assertThat(kit.personalCalendars.feed(secret)).isPresent();
        assertThat(run("Grace", false, "calendar").plain()).startsWith("You already have a personal calendar")
                .doesNotContain(secret);
    }

    @Test
    void calendarResetGivesANewAddressAndTheOldOneStopsWorking() {
        String old = secretIn(run("Grace", false, "calendar"));

        Reply reset = run("Grace", false, "calendar reset");

        String renewed = secretIn(reset);
        assertThat(reset.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(renewed).isNotEqualTo(old);
        assertThat(kit.personalCalendars.feed(old)).isEmpty();
        assertThat(kit.personalCalendars.feed(renewed)).isPresent();
        assertThat(run("Grace", false, "calendar later").failed()).isTrue();
    }

    @Test
    void profileListedYesPutsAnOrganizersNameOnThePublicPagesAndNoTakesItOff() {
        run("Olive", false, "mine");
        kit.organizers.add(kit.admin(), "bookclub", new MemberRef.ByName("Olive"));
        String key = kit.publicFace.visibility(kit.admin()).key();

        Reply listed = run("Olive", false, "profile listed=yes");
        assertThat(kit.programme.group(key, "bookclub").orElseThrow().group().organizers()).containsExactly("Olive");
        run("Olive", false, "profile listed=no");

        assertThat(listed.plain()).startsWith("Your name is listed");
        assertThat(kit.programme.group(key, "bookclub").orElseThrow().group().organizers()).isEmpty();
        assertThat(run("Olive", false, "profile").plain()).startsWith("Your name is not listed");
        assertThat(run("Olive", false, "profile listed=perhaps").plain())
                .isEqualTo("listed=perhaps is neither yes nor no; type listed=yes or listed=no.");
    }

    @Test
    void onlyAnAdminMakesTheCommunityPrivateAndThenItShowsNothing() {
        String key = kit.publicFace.visibility(kit.admin()).key();
        run("Grace", false, "mine");
        String before = kit.database.snapshot();

        Reply refused = run("Grace", false, "visibility private");
        assertThat(refused.failed()).isTrue();
        assertThat(kit.database.snapshot()).isEqualTo(before);
        assertThat(run("Grace", false, "visibility").plain()).startsWith("This community is public. Its page: "
                + "https://meet.example.org/c/" + key);

        Reply done = run("Ada", true, "visibility private");

        assertThat(done.plain()).startsWith("This community is private");
        assertThat(kit.programme.community(key)).isEmpty();
    }
}
