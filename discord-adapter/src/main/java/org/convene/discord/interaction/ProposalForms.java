package org.convene.discord.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.ErrorBoundary;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.MemberRef;

/**
 * The forms of group proposals on Discord: a member's proposal (short name, name, description, why, co-organizers by
 * name) behind the guidelines' button, and an admin's reason for declining one, behind the Decline button or
 * {@code /meetup proposal decline} without a reason.
 */
final class ProposalForms {

    static final String PROPOSE = "proposal:new";
    static final String DECLINE = "proposal:decline:";
    private static final Pattern DECLINE_COMMAND = Pattern.compile("proposals decline #?(\\d{1,18})");

    /** Whether a button's command stands for the proposal form. */
    static boolean opensProposal(String command) {
        return command.strip().equalsIgnoreCase("propose");
    }

    /** The proposal a button's command asks to decline without a reason yet, if it does. */
    static Optional<Long> declines(String command) {
        Matcher matcher = DECLINE_COMMAND.matcher(command.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * The form for a reason to decline a proposal, once the core has said the caller may review proposals (asking it
     * for the guidelines, which only admins may do); otherwise the reply that says why not.
     */
    static FormOpener.Opening declining(CommandService commands, Caller caller, long proposalId) {
        Reply allowed = ErrorBoundary.guard("a Discord form", () -> commands.run(caller,
                new Command.ProposalGuidelines(null)));
        return allowed.failed() ? FormOpener.Opening.refused(allowed)
                : FormOpener.Opening.of(new ProposalForms().declineForm(proposalId));
    }

    static boolean isProposalForm(String modalId) {
        return modalId.equals(PROPOSE) || modalId.startsWith(DECLINE);
    }

    Modal proposalForm() {
        return Modal.create(PROPOSE, "Propose a group").addComponents(
                Label.of("Short name (letters, digits, dashes)", input("slug", "zines", true, 40, false)),
                Label.of("Name", input("name", "Zine Library", true, 100, false)),
                Label.of("What the group is about", input("description", "Making and keeping zines", false, 1000,
                        true)),
                Label.of("Why it should exist", input("why", "Ten of us asked for it", false, 1000, true)),
                Label.of("Co-organizers (names, up to three)", input("organizers", "Grace Hopper, Hal",
                        false, 200, false))).build();
    }

    Modal declineForm(long proposalId) {
        return Modal.create(DECLINE + proposalId, "Decline proposal #" + proposalId).addComponents(
                Label.of("Why (the proposer reads this)", input("reason", "We already have a group for this", true,
                        1000, true))).build();
    }

    /** The command a submitted proposal form stands for. */
    Command read(String modalId, List<ModalMapping> values) {
        if (modalId.startsWith(DECLINE)) {
            return new Command.ProposalDecline(Long.parseLong(modalId.substring(DECLINE.length())),
                    value(values, "reason"));
        }
        List<MemberRef> organizers = new ArrayList<>();
        String names = value(values, "organizers");
        if (names != null) {
            for (String name : names.split(",")) {
                String plain = name.strip().startsWith("@") ? name.strip().substring(1) : name.strip();
                if (!plain.isEmpty()) {
                    organizers.add(new MemberRef.ByName(plain));
                }
            }
        }
        return new Command.Propose(value(values, "slug"), value(values, "name"), value(values, "description"),
                value(values, "why"), organizers);
    }

    private static TextInput input(String id, String placeholder, boolean required, int maxLength, boolean paragraph) {
        return TextInput.create(id, paragraph ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                .setPlaceholder(placeholder).setRequired(required).setMaxLength(maxLength).build();
    }

    private static String value(List<ModalMapping> values, String id) {
        return values.stream().filter(value -> value.getCustomId().equals(id)).map(ModalMapping::getAsString)
                .filter(text -> !text.isBlank()).map(String::strip).findFirst().orElse(null);
    }
}
