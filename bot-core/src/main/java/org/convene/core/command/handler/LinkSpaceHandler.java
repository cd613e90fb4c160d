package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Community;
import org.convene.core.domain.LinkCode;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.IssueLinkCodeUseCase;
import org.convene.core.usecase.JoinSpaceUseCase;

/** {@code link-space}: a code for joining another space; {@code link-space <code>} joins this space to that one. */
public final class LinkSpaceHandler implements CommandHandler<Command.LinkSpace> {

    private final IssueLinkCodeUseCase issue;
    private final JoinSpaceUseCase joinSpace;

    @Inject
    public LinkSpaceHandler(IssueLinkCodeUseCase issue, JoinSpaceUseCase joinSpace) {
        this.issue = requireNonNull(issue, "issue");
        this.joinSpace = requireNonNull(joinSpace, "joinSpace");
    }

    @Override
    public Class<Command.LinkSpace> type() {
        return Command.LinkSpace.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.LinkSpace command) {
        if (command.code() == null) {
            LinkCode code = issue.issue(invocation.actor(), LinkCode.Purpose.SPACE);
            return Reply.of(Text.builder().plain("In the other Discord server or Slack workspace, within the hour, "
                    + "an admin types ").code("/meetup link-space " + code.code()).plain(".").build());
        }
        Community community = joinSpace.join(invocation.actor(), command.code());
        return Reply.text("This space is now part of " + community.name()
                + ": one set of groups, one RSVP list.");
    }
}
