package org.convene.slack.interaction;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one-field form a "Check in" button opens: the code the organizers show; its metadata is the event's id. */
public final class CheckInModal {

    public static final String CALLBACK_ID = "convene-checkin";
    public static final String CODE = "checkin_code";

    private static final Logger log = LoggerFactory.getLogger(CheckInModal.class);
    private static final Pattern BUTTON = Pattern.compile("checkin (\\d{1,18})");

    private CheckInModal() {
    }

    /** The event a button's command asks to check in to without a code, if it is such a button. */
    static Optional<Long> eventOf(String buttonCommand) {
        Matcher matcher = BUTTON.matcher(buttonCommand);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * A "Check in" button's click ({@code checkin <id>}): opens the form for the code without reading the clicker
     * first; a click without a trigger runs as typed.
     */
    public static Optional<Reply> open(MethodsClient methods, FormClick click) {
        Optional<Long> event = eventOf(click.command());
        if (event.isEmpty() || click.triggerId() == null) {
            return Optional.of(click.runAsTyped());
        }
        try {
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(click.triggerId())
                    .view(view(event.get())));
            if (!response.isOk()) {
                log.warn("views.open of the check-in form failed: {}", response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("views.open of the check-in form failed: {}", e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    static View view(long eventId) {
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(Long.toString(eventId))
                .title(viewTitle(t -> t.type("plain_text").text("Check in to #" + eventId)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Check in")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(input(i -> i.blockId(CODE).label(plainText("Check-in code"))
                        .element(plainTextInput(p -> p.actionId(EventModal.ACTION).maxLength(20)
                                .placeholder(plainText("The letters the organizers show")))))))
                .build();
    }
}
