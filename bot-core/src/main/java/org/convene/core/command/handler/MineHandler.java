package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Group;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.MyAgendaUseCase;

/** {@code mine}: the asker's groups and upcoming answers. */
public final class MineHandler implements CommandHandler<Command.Mine> {

    private final MyAgendaUseCase agenda;

    @Inject
    public MineHandler(MyAgendaUseCase agenda) {
        this.agenda = requireNonNull(agenda, "agenda");
    }

    @Override
    public Class<Command.Mine> type() {
        return Command.Mine.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Mine command) {
        MyAgendaUseCase.Agenda mine = agenda.agenda(invocation.actor());
        String groups = mine.groups().isEmpty() ? "You have not joined any group yet; type /meetup groups."
                : "Your groups: " + String.join(", ", mine.groups().stream().map(Group::name).toList()) + ".";
        String rsvps = mine.rsvps().isEmpty() ? " You have no upcoming RSVPs."
                : " Your upcoming RSVPs:";
        List<Card> cards = mine.rsvps().stream().map(EventCards::card).toList();
        return Reply.of(Text.of(groups + rsvps)).withCards(cards);
    }
}
