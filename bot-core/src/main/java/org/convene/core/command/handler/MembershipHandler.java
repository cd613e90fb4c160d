package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.MembershipUseCase;

/** {@code join <group>} and {@code leave <group>}. */
public final class MembershipHandler {

    private MembershipHandler() {
    }

    /** {@code join <group>}. */
    public static final class Join implements CommandHandler<Command.Join> {
        private final MembershipUseCase membership;

        @Inject
        public Join(MembershipUseCase membership) {
            this.membership = requireNonNull(membership, "membership");
        }

        @Override
        public Class<Command.Join> type() {
            return Command.Join.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.Join command) {
            MembershipUseCase.Result result = membership.join(invocation.actor(), command.group());
            return Reply.text(result.changed()
                    ? "You joined " + result.group().name() + ". Type /meetup events " + result.group().slug()
                    + " to see what is coming up."
                    : "You are already a member of " + result.group().name() + "; nothing changed.");
        }
    }

    /** {@code leave <group>}. */
    public static final class Leave implements CommandHandler<Command.Leave> {
        private final MembershipUseCase membership;

        @Inject
        public Leave(MembershipUseCase membership) {
            this.membership = requireNonNull(membership, "membership");
        }

        @Override
        public Class<Command.Leave> type() {
            return Command.Leave.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.Leave command) {
            MembershipUseCase.Result result = membership.leave(invocation.actor(), command.group());
            return Reply.text(result.changed() ? "You left " + result.group().name() + "."
                    : "You were not a member of " + result.group().name() + "; nothing changed.");
        }
    }
}
