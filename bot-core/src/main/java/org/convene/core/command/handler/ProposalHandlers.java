package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Member;
import org.convene.core.proposal.Proposal;
import org.convene.core.proposal.ProposalMessages;
import org.convene.core.proposal.ReviewProposalsUseCase;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;

/** The admin verbs on group proposals: list the open ones, accept, decline with a reason, the guidelines. */
public final class ProposalHandlers {

    private ProposalHandlers() {
    }

    /** {@code proposals}: the open proposals as cards with Accept and Decline buttons. */
    public static final class Open implements CommandHandler<Command.ProposalList> {
        private final ReviewProposalsUseCase review;
        private final ProposalMessages messages;

        @Inject
        public Open(ReviewProposalsUseCase review, ProposalMessages messages) {
            this.review = requireNonNull(review, "review");
            this.messages = requireNonNull(messages, "messages");
        }

        @Override
        public Class<Command.ProposalList> type() {
            return Command.ProposalList.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.ProposalList command) {
            List<Proposal> open = review.open(invocation.actor());
            if (open.isEmpty()) {
                return Reply.text("No group proposals are waiting. You will get a direct message when a member "
                        + "proposes one.");
            }
            return Reply.text(open.size() + " group proposal" + (open.size() == 1 ? " is" : "s are") + " waiting, "
                    + "oldest first. You will also get a direct message about each new one.")
                    .withCards(open.stream().map(messages::card).toList());
        }
    }

    /** {@code proposals accept <id>}. */
    public static final class Accept implements CommandHandler<Command.ProposalAccept> {
        private final ReviewProposalsUseCase review;

        @Inject
        public Accept(ReviewProposalsUseCase review) {
            this.review = requireNonNull(review, "review");
        }

        @Override
        public Class<Command.ProposalAccept> type() {
            return Command.ProposalAccept.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.ProposalAccept command) {
            ReviewProposalsUseCase.Accepted accepted = review.accept(invocation.actor(), command.proposalId());
            String names = String.join(", ", accepted.organizers().stream().map(Member::displayName).toList());
            return Reply.text("Accepted proposal #" + accepted.proposal().id() + ": " + accepted.group().name() + " ("
                    + accepted.group().slug() + ") exists, organized by " + names + ". The proposer is told, and "
                    + "the community in its announcement channels.");
        }
    }

    /** {@code proposals decline <id> <reason>}. */
    public static final class Decline implements CommandHandler<Command.ProposalDecline> {
        private final ReviewProposalsUseCase review;

        @Inject
        public Decline(ReviewProposalsUseCase review) {
            this.review = requireNonNull(review, "review");
        }

        @Override
        public Class<Command.ProposalDecline> type() {
            return Command.ProposalDecline.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.ProposalDecline command) {
            Proposal proposal = review.decline(invocation.actor(), command.proposalId(), command.reason());
            return Reply.text("Declined proposal #" + proposal.id() + " of " + proposal.name() + "; the proposer "
                    + "gets your reason by direct message.");
        }
    }

    /** {@code proposals guidelines ["text"]}. */
    public static final class Guidelines implements CommandHandler<Command.ProposalGuidelines> {
        private final ReviewProposalsUseCase review;
        private final org.convene.core.proposal.ProposeGroupUseCase propose;

        @Inject
        public Guidelines(ReviewProposalsUseCase review, org.convene.core.proposal.ProposeGroupUseCase propose) {
            this.review = requireNonNull(review, "review");
            this.propose = requireNonNull(propose, "propose");
        }

        @Override
        public Class<Command.ProposalGuidelines> type() {
            return Command.ProposalGuidelines.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.ProposalGuidelines command) {
            if (command.text() == null) {
                return Reply.text("Members read these before proposing a group; change them with /meetup proposals "
                        + "guidelines \"text\".").withCard(Card.of("Guidelines",
                        Text.of(propose.guidelines(invocation.actor()))));
            }
            String now = review.setGuidelines(invocation.actor(), command.text());
            return Reply.text("Saved. Members now read these before proposing a group:")
                    .withCard(Card.of("Guidelines", Text.of(now)));
        }
    }
}
