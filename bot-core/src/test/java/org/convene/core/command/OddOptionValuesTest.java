package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Empty and odd option values get an answer that says what happened, never the error boundary's apology. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OddOptionValuesTest {

    private static final String APOLOGY = "Sorry, something went wrong on our side";

    private CoreKit kit;
    private final CommandParser parser = CommandParser.plain();
    private long eventId;

    @BeforeAll
    void setUp() {
        kit = new CoreKit();
        run("group create code4libnyc \"Code4LibNYC\"");
        eventId = run("post code4libnyc \"Talk\" when=\"2026-12-03 18:00\" capacity=5 guests=2").cards().getFirst()
                .eventId();
    }

    @AfterAll
    void tearDown() {
        kit.close();
    }

    private Reply run(String text) {
        return kit.commands.runText(kit.caller("Ada", true), text, parser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guests=none", "guests=", "guests=no", "guests=-", "guests=unlimited", "guests=\" \"",
            "capacity=", "capacity=none", "deadline=none", "for=", "end=", "repeat=", "where=", "online=", "link="})
    void anOddValueInAPostIsAnswered(String option) {
        Reply reply = run("post code4libnyc \"Odd\" when=\"2026-12-10 18:00\" " + option);

        assertThat(reply.plain()).as(option).doesNotContain(APOLOGY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guests=none", "guests=", "guests=no", "guests=-", "capacity=", "capacity=none",
            "deadline=", "deadline=none", "title=", "when=", "end=", "for=", "where=none", "link=", "description="})
    void anOddValueInAnEditIsAnswered(String option) {
        Reply reply = run("edit " + eventId + " " + option);

        assertThat(reply.plain()).as(option).doesNotContain(APOLOGY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"join code4lib\u0000nyc", "link AB\u0000CD-EFGH", "events \u0000", "help \u0000"})
    void aNulCharacterInTypedTextIsAnswered(String text) {
        assertThat(run(text).plain()).as(text).doesNotContain(APOLOGY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guests=none", "guests=", "guests=-1", "page=", "page=none"})
    void anOddValueInAnRsvpOrAListIsAnswered(String option) {
        assertThat(run("rsvp " + eventId + " going " + option).plain()).as(option).doesNotContain(APOLOGY);
        assertThat(run("events " + option).plain()).as(option).doesNotContain(APOLOGY);
    }
}
