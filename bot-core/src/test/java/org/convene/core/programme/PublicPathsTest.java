package org.convene.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One spelling of the public URL scheme: the paths the pages and feeds are served on, and their public addresses. */
class PublicPathsTest {

    @Test
    void thePathsSpellTheSchemeWithEveryValueEncoded() {
        assertThat(PublicPaths.community("k3y-1")).isEqualTo("/c/k3y-1");
        assertThat(PublicPaths.group("k3y-1", "book club/é")).isEqualTo("/c/k3y-1/g/book+club%2F%C3%A9");
        assertThat(PublicPaths.event("k3y-1", 42)).isEqualTo("/c/k3y-1/e/42");
        assertThat(PublicPaths.eventCalendar("k3y-1", 42)).isEqualTo("/c/k3y-1/e/42/calendar.ics");
        assertThat(PublicPaths.embed("k3y-1")).isEqualTo("/c/k3y-1/embed");
        assertThat(PublicPaths.communityCalendar("k3y-1")).isEqualTo("/c/k3y-1/calendar.ics");
        assertThat(PublicPaths.groupCalendar("k3y-1", "bookclub")).isEqualTo("/c/k3y-1/g/bookclub/calendar.ics");
        assertThat(PublicPaths.eventsJson("k3y-1")).isEqualTo("/c/k3y-1/events.json");
        assertThat(PublicPaths.personalCalendar("a/b")).isEqualTo("/calendar/a%2Fb.ics");
    }

    @Test
    void theCommunityPatternReadsTheKeyBackFromItsPathOnly() {
        Pattern community = Pattern.compile(PublicPaths.COMMUNITY_PATTERN);

        var matched = community.matcher(PublicPaths.community("k3y-1"));
        assertThat(matched.matches()).isTrue();
        assertThat(matched.group(1)).isEqualTo("k3y-1");
        assertThat(community.matcher("/c/UPPER").matches()).isFalse();
        assertThat(community.matcher("/c/" + "a".repeat(65)).matches()).isFalse();
        assertThat(community.matcher("/c/").matches()).isFalse();
    }

    @Test
    void anAddressIsThePublicUrlFollowedByThePathWithOneSlashBetween() {
        PublicAddresses bare = new PublicAddresses("https://meet.example.org");
        PublicAddresses underAPath = new PublicAddresses(" https://example.org/meetups/ ");

        assertThat(bare.community("k")).isEqualTo("https://meet.example.org" + PublicPaths.community("k"));
        assertThat(bare.group("k", "a b")).isEqualTo("https://meet.example.org" + PublicPaths.group("k", "a b"));
        assertThat(bare.event("k", 7)).isEqualTo("https://meet.example.org" + PublicPaths.event("k", 7));
        assertThat(bare.communityCalendar("k")).isEqualTo("https://meet.example.org/c/k/calendar.ics");
        assertThat(bare.groupCalendar("k", "g")).isEqualTo("https://meet.example.org/c/k/g/g/calendar.ics");
        assertThat(bare.eventsJson("k")).isEqualTo("https://meet.example.org/c/k/events.json");
        assertThat(underAPath.personalCalendar("s")).isEqualTo("https://example.org/meetups/calendar/s.ics");
        assertThat(underAPath.host()).isEqualTo("example.org");
        assertThat(PublicAddresses.webcal(bare.communityCalendar("k")))
                .isEqualTo("webcal://meet.example.org/c/k/calendar.ics");
        assertThatThrownBy(() -> new PublicAddresses("ftp://example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
