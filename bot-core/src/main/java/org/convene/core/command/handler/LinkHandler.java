package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Member;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.IssueLinkCodeUseCase;
import org.convene.core.usecase.LinkIdentityUseCase;

/**
 * {@code link}: gives a code to type on the other platform; {@code link <code>} shows whose account the typer's would
 * join; {@code link <code> confirm} (or the button that carries it) ties the two accounts.
 */
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
        if (!command.confirmed()) {
            return preview(invocation, command.code());
        }
        Member member = link.link(invocation.actor(), command.code());
        return Reply.text("Linked: your accounts are now one member, " + member.displayName()
                + ", with one list of groups and RSVPs.");
    }

    private Reply preview(Invocation invocation, String code) {
        LinkIdentityUseCase.Preview preview = link.preview(invocation.actor(), code);
        String platforms = preview.identities().stream().map(identity -> identity.platform().displayName())
                .distinct().collect(Collectors.joining(" and "));
        String whose = preview.issuer().displayName() + (platforms.isEmpty() ? "" : " on " + platforms);
        String confirm = "link " + preview.code() + " confirm";
        Text body = Text.builder().plain("This code joins your account here, " + invocation.actor().member()
                        .displayName() + " on " + invocation.actor().platform().displayName() + ", into the account of "
                        + whose + ". Their groups, RSVPs and roles and yours become one, and messages for either "
                        + "account reach both. Only if that account is yours, type ").code("/meetup " + confirm)
                .plain(".").build();
        return Reply.of(body).withCard(new Card("Link accounts", Text.of(""), List.of(),
                List.of(new Button("Yes, join my account", confirm, Button.Style.DANGER)), 0));
    }
}
