package org.convene.core.proposal;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Text;

/** A proposal as a card for admins: what the group is, why, who would run it, and Accept / Decline buttons. */
public final class ProposalCards {

    private ProposalCards() {
    }

    /** The card, with the proposer's and co-organizers' names as the community knows them. */
    public static Card card(Proposal proposal, String proposer, List<String> organizers) {
        List<Field> fields = new ArrayList<>();
        if (!proposal.why().isEmpty()) {
            fields.add(new Field("Why", Text.of(proposal.why())));
        }
        fields.add(new Field("Proposed by", Text.of(proposer)));
        fields.add(new Field("Co-organizers", Text.of(organizers.isEmpty() ? "none named"
                : String.join(", ", organizers))));
        List<Button> buttons = proposal.open()
                ? List.of(new Button("Accept", "proposals accept " + proposal.id(), Button.Style.PRIMARY),
                        new Button("Decline", "proposals decline " + proposal.id(), Button.Style.DANGER))
                : List.of();
        Text body = Text.of(proposal.description().isEmpty() ? "(no description)" : proposal.description());
        return new Card("#" + proposal.id() + " " + proposal.name() + " (" + proposal.slug() + ")", body, fields,
                buttons, 0);
    }
}
