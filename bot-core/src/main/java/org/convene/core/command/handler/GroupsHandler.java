package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.ListGroupsUseCase;

/** {@code groups}: every group with its size, the asker's membership and its next event. */
public final class GroupsHandler implements CommandHandler<Command.Groups> {

    private final ListGroupsUseCase listGroups;

    @Inject
    public GroupsHandler(ListGroupsUseCase listGroups) {
        this.listGroups = requireNonNull(listGroups, "listGroups");
    }

    @Override
    public Class<Command.Groups> type() {
        return Command.Groups.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Groups command) {
        List<ListGroupsUseCase.GroupSummary> groups = listGroups.list(invocation.actor());
        if (groups.isEmpty()) {
            return Reply.text("There are no groups here yet. An admin can create one with "
                    + "/meetup group create <slug> \"name\".");
        }
        List<Card> cards = new ArrayList<>();
        for (ListGroupsUseCase.GroupSummary summary : groups) {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("Short name", Text.builder().code(summary.group().slug()).build()));
            fields.add(new Field("Members", Text.of(summary.members() + (summary.joined() ? " (you are one)" : ""))));
            summary.next().ifPresent(event -> fields.add(new Field("Next", Text.builder()
                    .plain("#" + event.id() + " " + event.title() + ", ").time(event.startsAt()).build())));
            String slug = summary.group().slug();
            List<Button> buttons = summary.joined()
                    ? List.of(new Button("Events", "events " + slug, Button.Style.SECONDARY),
                    new Button("Leave", "leave " + slug, Button.Style.DANGER))
                    : List.of(new Button("Join", "join " + slug, Button.Style.PRIMARY),
                    new Button("Events", "events " + slug, Button.Style.SECONDARY));
            cards.add(new Card(summary.group().name(), Text.of(summary.group().description()), fields, buttons, 0));
        }
        return Reply.text(groups.size() + (groups.size() == 1 ? " group" : " groups") + " in this community:")
                .withCards(cards);
    }
}
