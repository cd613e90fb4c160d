package org.convene.slack.interaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.usecase.MemberRef;

/** Reads Slack's user mentions ({@code <@U123|grace>}, {@code <@U123>}) as identities, anything else as a name. */
public final class SlackMentionReader implements CommandParser.MentionReader {

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|([^>]*))?>");

    @Override
    public MemberRef read(String word) {
        String text = word.strip();
        Matcher matcher = MENTION.matcher(text);
        if (matcher.matches()) {
            String userId = matcher.group(1);
            String name = matcher.group(2) == null || matcher.group(2).isBlank() ? userId : matcher.group(2);
            return new MemberRef.ByIdentity(new Identity(Platform.SLACK, userId), name);
        }
        return new MemberRef.ByName(text.startsWith("@") ? text.substring(1) : text);
    }
}
