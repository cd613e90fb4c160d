package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Member;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.IssueLinkCodeUseCase;
import org.convene.core.usecase.LinkIdentityUseCase;

/** {@code link}: gives a code to type on the other platform; {@code link <code>} ties the two accounts. */
public final class LinkHandler implements CommandHandler<Command.Link> {

    private final IssueLinkCodeUseCase issue;
    private final LinkIdentityUseCase link;

    @Inject
    public LinkHandler(IssueLinkCodeUseCase issue, LinkIdentityUseCase link) {
        this.issue = requireNonNull(issue, "issue");
        this.link = requireNonNull(link, "link");
    }

    @Override
    public Class<Command.Link> type() {
        return Command.Link.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Link command) {
        if (command.code() == null) {
            LinkCode code = issue.issue(invocation.actor(), LinkCode.Purpose.IDENTITY);
            return Reply.of(Text.builder().plain("On your other account, within the hour, type ")
                    .code("/meetup link " + code.code()).plain(". Keep this code to yourself.").build());
        }
        Member member = link.link(invocation.actor(), command.code());
        return Reply.text("Linked: your accounts are now one member, " + member.displayName()
                + ", with one list of groups and RSVPs.");
    }
}
