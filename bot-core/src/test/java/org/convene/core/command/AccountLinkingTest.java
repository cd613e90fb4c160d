package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.reply.Button;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Typing a link code shows whose account yours would join; only a confirmation joins them. */
class AccountLinkingTest {

    private static final Pattern CODE = Pattern.compile("/meetup link ([A-Z0-9]{4}-[A-Z0-9]{4})");

    @AutoClose
    private final CoreKit kit = new CoreKit();

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private String codeFrom(Reply reply) {
        Matcher matcher = CODE.matcher(reply.plain());
        assertThat(matcher.find()).as(reply.plain()).isTrue();
        return matcher.group(1);
    }

    @Test
    void typingACodeShowsWhoseAccountItJoinsAndChangesNothingUntilConfirmed() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
        run("Ada", true, "organizer add code4libnyc Mallory");
        String code = codeFrom(run("Mallory", false, "link"));
        Actor grace = kit.commands.actor(kit.caller("Grace", false));
        String before = kit.database.snapshot();

        Reply preview = run("Grace", false, "link " + code.toLowerCase());

        assertThat(preview.failed()).as(preview.plain()).isFalse();
        assertThat(preview.plain()).contains("joins your account here, Grace on", "into the account of Mallory",
                "/meetup link " + code + " confirm");
        assertThat(preview.cards()).flatExtracting(card -> card.buttons()).extracting(Button::command)
                .containsExactly("link " + code + " confirm");
        assertThat(kit.database.snapshot()).isEqualTo(before);
        assertThat(kit.commands.actor(kit.caller("Grace", false)).memberId()).isEqualTo(grace.memberId());
    }

    @Test
    void confirmingTheCodeJoinsTheTypersAccountIntoTheIssuers() {
        Actor home = kit.commands.actor(kit.caller("Grace at home", false));
        String code = codeFrom(run("Grace at home", false, "link"));
        run("Grace at work", false, "link " + code);

        Reply linked = run("Grace at work", false, "link " + code + " confirm");

        assertThat(linked.plain()).isEqualTo("Linked: your accounts are now one member, Grace at home, with one list "
                + "of groups and RSVPs.");
        assertThat(kit.commands.actor(kit.caller("Grace at work", false)).memberId()).isEqualTo(home.memberId());
        assertThat(run("Grace at work", false, "link " + code + " confirm").plain())
                .startsWith("The code " + code + " is unknown or has expired.");
    }

    @Test
    void anythingButConfirmAfterTheCodeIsRefused() {
        String code = codeFrom(run("Grace at home", false, "link"));

        assertThat(run("Grace at work", false, "link " + code + " yes").plain())
                .isEqualTo("After the code, type confirm or nothing, not \"yes\": /meetup link " + code + " confirm.");
    }
}
