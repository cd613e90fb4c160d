package org.convene.core.command.handler;

import java.util.Arrays;
import java.util.List;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.command.Verb;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;

/** {@code help} lists the verbs by who may use them; {@code help <verb>} explains one with examples. */
public final class HelpHandler implements CommandHandler<Command.Help> {

    @Override
    public Class<Command.Help> type() {
        return Command.Help.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Help command) {
        if (command.verb() != null) {
            Verb verb = Verb.of(command.verb()).orElseThrow(() -> Refusal.notFound("There is no command \""
                    + command.verb() + "\"." + Verb.closestTo(command.verb())
                    .map(close -> " Did you mean " + close.word() + "?").orElse("") + " Type /meetup help."));
            return Reply.of(Text.builder().code("/meetup " + verb.usage()).build()).withCard(new Card(
                    "/meetup " + verb.word(), Text.of(verb.summary()),
                    List.of(new Field("Who", Text.of(verb.role().label())), new Field("Examples",
                            Text.of(String.join("\n", verb.examples().stream().map(e -> "/meetup " + e).toList())))),
                    List.of(), 0));
        }
        Reply reply = Reply.text("Convene runs this community's meetups. Type /meetup help <command> for details.");
        for (Verb.Role role : Verb.Role.values()) {
            List<Field> fields = Arrays.stream(Verb.values()).filter(verb -> verb.role() == role)
                    .map(verb -> new Field("/meetup " + verb.word(), Text.of(verb.summary()))).toList();
            reply = reply.withCard(new Card("For " + role.label(), Text.of(""), fields, List.of(), 0));
        }
        return reply;
    }
}
