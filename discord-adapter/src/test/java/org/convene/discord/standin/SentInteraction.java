package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * An INTERACTION_CREATE the stand-in pushed to JDA: its id and token (fresh for each one), where it happened,
 * the message it sits under (for a button or a modal opened from one), and the whole payload.
 *
 * @param id the interaction id
 * @param token the interaction token JDA answers with
 * @param type the interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit
 * @param origin where it happened and who made it
 * @param messageId the message under which a component sits, or 0
 * @param payload the dispatched {@code d} object
 */
public record SentInteraction(
        long id, String token, int type, InteractionOrigin origin, long messageId, DataObject payload) {

    public SentInteraction {
        requireNonNull(token, "token");
        requireNonNull(origin, "origin");
        requireNonNull(payload, "payload");
    }

    /** Matches JDA's answer to this interaction: {@code POST /interactions/{id}/{token}/callback}. */
    public Predicate<RecordedRequest> callback() {
        return described(
                request -> request.method().equals("POST")
                        && request.path().equals("/interactions/" + EntityJson.id(id) + "/" + token + "/callback"),
                "POST /interactions/" + EntityJson.id(id) + "/" + token + "/callback");
    }

    /** Matches any webhook request on this interaction's token: follow-ups and edits of the original. */
    public Predicate<RecordedRequest> webhook() {
        return described(
                request -> request.path().startsWith("/webhooks/") && request.path().contains("/" + token),
                "a /webhooks request with token " + token);
    }

    private static Predicate<RecordedRequest> described(Predicate<RecordedRequest> test, String description) {
        return new Predicate<>() {
            @Override
            public boolean test(RecordedRequest request) {
                return test.test(request);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
