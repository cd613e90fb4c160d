package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attendee export is opened in spreadsheets: names people chose must arrive there as text, never as formulas. */
class AttendeeCsvTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() {
        Reply posted = run("Ada", true, "post code4libnyc \"Talk\" when=\"tomorrow 6pm\" capacity=2");
        long id = posted.cards().getFirst().eventId();
        for (String name : new String[] {"=HYPERLINK(\"https://evil.example\";\"x\")", "+1+1", "-2+3", "@SUM(A1)",
                "Grace", "Linus"}) {
            assertThat(run(name, false, "rsvp " + id + " going").failed()).isFalse();
        }

        String csv = run("Ada", true, "attendees " + id + " csv").attachment().orElseThrow().content();

        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"x\"\")\",going",
                "'+1+1,", "'-2+3,", "'@SUM(A1),", "Grace,", "Linus,");
        assertThat(csv).doesNotContain("\n=", "\n+", "\n-", "\n@", "\n\"=");
    }
}
