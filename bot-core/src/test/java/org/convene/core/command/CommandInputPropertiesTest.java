package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;

/**
 * Whatever anyone types, of any length or alphabet, the answer is a reply or a specific refusal: never the error
 * boundary's apology. Runs the grammar and every verb through the whole command path over a real database.
 */
class CommandInputPropertiesTest {

    private static final String APOLOGY = "Sorry, something went wrong on our side";
    private static final List<String> OPTION_KEYS = List.of("title", "description", "when", "end", "for", "where",
            "online", "link", "capacity", "guests", "deadline", "repeat", "scope", "page", "channel", "member");
    private static final List<String> ODD_VALUES = List.of("", "none", "None", "no", "-", "unlimited", "0", "-1",
            "+1", "999999", "9999999999", "2026-12-03 18:00", "next thursday 6pm", "tomorrow", "2h", "0h", "weekly",
            "series", "https://example.org/x", "javascript:alert(1)", "\"", "=", "==", "#", "@", "NaN", "1e9",
            "٣", "２", "\u0000", "\uD83D\uDE00");
    private static final CommandParser PARSER = CommandParser.plain();

    private static CoreKit kit;
    private static long eventId;
    private static long workshopId;

    @BeforeContainer
    static void startCommunity() {
        kit = new CoreKit();
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
        kit.commands.actor(kit.caller("Olive", false));
        run("Ada", true, "organizer add code4libnyc Olive");
        Reply posted = run("Olive", false, "post code4libnyc \"Talk\" when=\"2026-12-03 18:00\" capacity=3 guests=1");
        eventId = posted.cards().getFirst().eventId();
        run("Ada", true, "group create workshops \"Workshops\"");
        workshopId = run("Ada", true, "post workshops \"Workshop\" when=\"2026-12-04 18:00\" repeat=weekly")
                .cards().getFirst().eventId();
    }

    @AfterContainer
    static void stopCommunity() {
        kit.close();
    }

    private static Reply run(String who, boolean admin, String text) {
        return kit.commands.runText(kit.caller(who, admin), text, PARSER);
    }

    @Property(tries = 60)
    void anyTextGetsAnAnswer(@ForAll("anyText") String text, @ForAll("who") String who) {
        assertAnswered(who, text);
    }

    @Property(tries = 150)
    void everyVerbWithOddArgumentsGetsAnAnswer(@ForAll("shapedCommand") String text, @ForAll("who") String who) {
        assertAnswered(who, text);
    }

    @Property(tries = 80)
    void aWellFormedPostOrEditWithOddOptionsGetsAnAnswer(@ForAll("eventLine") String text) {
        assertAnswered("Ada", text);
    }

    private static void assertAnswered(String who, String text) {
        Reply reply = run(who, who.equals("Ada"), text);

        assertThat(reply.plain()).as("reply to %s typing [%s]", who, text).doesNotContain(APOLOGY);
    }

    @Provide
    Arbitrary<String> who() {
        return Arbitraries.of("Ada", "Olive", "Grace");
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(5_000),
                Arbitraries.strings().withChars(" \"\u201C\u201D=+#@-/\t\n").alpha().numeric().ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> eventLine() {
        Arbitrary<String> odd = Combinators.combine(Arbitraries.of(OPTION_KEYS), Arbitraries.oneOf(
                Arbitraries.of(ODD_VALUES), Arbitraries.strings().all().ofMaxLength(20)))
                .as((key, typed) -> key + "=\"" + typed + "\"");
        Arbitrary<String> start = Arbitraries.of("post workshops \"Odd\" when=\"2026-12-10 18:00\"",
                "post workshops \"Odd\" when=\"next thursday 6pm\" capacity=4", "edit " + workshopId,
                "edit " + workshopId + " scope=series");
        return Combinators.combine(start, odd.list().ofMinSize(1).ofMaxSize(3))
                .as((line, options) -> line + " " + String.join(" ", options));
    }

    @Provide
    Arbitrary<String> shapedCommand() {
        Arbitrary<String> verb = Arbitraries.of(Verb.values()).map(Verb::word);
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(ODD_VALUES),
                Arbitraries.strings().all().ofMaxLength(40));
        Arbitrary<String> option = Combinators.combine(Arbitraries.of(OPTION_KEYS), value)
                .as((key, typed) -> key + "=\"" + typed + "\"");
        Arbitrary<String> bareOption = Combinators.combine(Arbitraries.of(OPTION_KEYS), Arbitraries.of(ODD_VALUES))
                .as((key, typed) -> key + "=" + typed);
        Arbitrary<String> word = Arbitraries.oneOf(value, option, bareOption,
                Arbitraries.of("code4libnyc", "create", "archive", "add", "remove", "csv", "going", "maybe", "no",
                        "+1", "+999", "#" + eventId, Long.toString(eventId), "0", "-5", "Grace", "@Olive"));
        return Combinators.combine(Arbitraries.of("", "/meetup "), verb, word.list().ofMaxSize(6))
                .as((prefix, typedVerb, words) -> prefix + typedVerb + " " + String.join(" ", words));
    }
}
