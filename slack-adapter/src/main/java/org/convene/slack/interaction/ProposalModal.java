package org.convene.slack.interaction;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms of group proposals: a member's proposal (short name, name, description, why, co-organizers picked with
 * Slack's user picker) and an admin's reason for declining one. The button commands {@code propose} and
 * {@code proposals decline <id>} open them; private_metadata says which form was sent.
 */
public final class ProposalModal {

    /** The callback id of both forms' submissions. */
    public static final String CALLBACK_ID = "meetup-proposal";
    public static final String SLUG = "slug";
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String WHY = "why";
    public static final String ORGANIZERS = "organizers";
    public static final String REASON = "reason";
    static final String PROPOSE = "propose";
    static final String DECLINE = "decline:";

    private static final Logger log = LoggerFactory.getLogger(ProposalModal.class);
    private static final Pattern DECLINE_COMMAND = Pattern.compile("\\s*proposals\\s+decline\\s+#?(\\d{1,18})\\s*",
            Pattern.CASE_INSENSITIVE);

    private ProposalModal() {
    }

    /**
     * The form a button or command without its long text stands for, if it stands for one; the decline form only
     * for an admin (anyone else runs the command and is told it is for admins).
     */
    public static Optional<View> forCommand(String command, BooleanSupplier admin) {
        if (command.strip().equalsIgnoreCase(PROPOSE)) {
            return Optional.of(propose());
        }
        Matcher decline = DECLINE_COMMAND.matcher(command);
        return decline.matches() && admin.getAsBoolean() ? Optional.of(decline(Long.parseLong(decline.group(1))))
                : Optional.empty();
    }

    /**
     * A click on {@code propose} or {@code proposals decline <id>}: opens the form it stands for; anyone but an admin
     * declining, or a form that did not open, runs the command as typed. The clicker is read first, as for every
     * click but a check-in.
     */
    public static Optional<Reply> open(MethodsClient methods, FormClick click) {
        click.caller();
        Optional<View> form = forCommand(click.command(), click::admin);
        if (form.isPresent() && open(methods, click.triggerId(), form.get())) {
            return Optional.empty();
        }
        return Optional.of(click.runAsTyped());
    }

    static View propose() {
        return view("Propose a group", PROPOSE, "Propose", List.of(
                text(SLUG, "Short name (letters, digits, dashes)", "zines", false, false),
                text(NAME, "Name", "Zine Library", false, false),
                text(DESCRIPTION, "What the group is about", "Making and keeping zines", true, true),
                text(WHY, "Why it should exist", "Ten of us asked for it", true, true),
                input(i -> i.blockId(ORGANIZERS).optional(true).label(plainText("Co-organizers (up to three)"))
                        .element(multiUsersSelect(m -> m.actionId(EventModal.ACTION).maxSelectedItems(3)
                                .placeholder(plainText("Pick members")))))));
    }

    static View decline(long proposalId) {
        return view("Decline proposal #" + proposalId, DECLINE + proposalId, "Decline", List.of(
                text(REASON, "Why (the proposer reads this)", "We already have a group for this", false, true)));
    }

    /** Opens a form for the click or command that carried {@code triggerId}; whether Slack opened it. */
    static boolean open(MethodsClient methods, String triggerId, View view) {
        try {
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("views.open of a proposal form failed: {}", response.getError());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warn("views.open of a proposal form failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private static View view(String title, String metadata, String submit, List<LayoutBlock> blocks) {
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    private static LayoutBlock text(String blockId, String label, String placeholder, boolean optional,
                                    boolean multiline) {
        return input(i -> i.blockId(blockId).label(plainText(label)).optional(optional)
                .element(plainTextInput(p -> p.actionId(EventModal.ACTION).multiline(multiline)
                        .placeholder(plainText(placeholder)))));
    }
}
