package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.domain.Group;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Refusal;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.PreferenceRepository;
import org.convene.core.port.Transactions;

/**
 * A member's own preferences: with a Discord and a Slack account linked, where direct messages go; and the groups
 * whose member reminders they do not want.
 */
public final class PreferencesUseCase {

    /** What to change: {@code dm} as typed (discord, slack or auto), a group to mute, one to unmute; null keeps. */
    public record Change(String dm, String mute, String unmute) {
        public boolean any() {
            return dm != null || mute != null || unmute != null;
        }
    }

    /** The member's preferences now: whether both accounts are linked, the chosen platform, the muted groups. */
    public record Preferences(boolean bothLinked, Optional<Platform> directMessages, List<Group> muted) {
    }

    private final Transactions transactions;
    private final PreferenceRepository preferences;
    private final MemberRepository members;
    private final GroupRepository groups;
    private final Lookups lookups;

    @Inject
    public PreferencesUseCase(Transactions transactions, PreferenceRepository preferences, MemberRepository members,
                              GroupRepository groups, Lookups lookups) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.preferences = requireNonNull(preferences, "preferences");
        this.members = requireNonNull(members, "members");
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
    }

    public Preferences change(Actor actor, Change change) {
        return transactions.inTransaction(() -> {
            if (change.dm() != null) {
                preferences.chooseDirectMessages(actor.memberId(), platform(actor, change.dm()));
            }
            if (change.mute() != null) {
                preferences.mute(actor.memberId(), lookups.group(actor, change.mute()).id(), true);
            }
            if (change.unmute() != null) {
                preferences.mute(actor.memberId(), lookups.group(actor, change.unmute()).id(), false);
            }
            return show(actor);
        });
    }

    public Preferences show(Actor actor) {
        List<Group> muted = preferences.mutedGroups(actor.memberId()).stream()
                .flatMap(id -> groups.byId(id).stream()).toList();
        return new Preferences(bothLinked(actor), preferences.chosen(actor.memberId()), muted);
    }

    private Optional<Platform> platform(Actor actor, String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        if (word.equals("auto")) {
            return Optional.empty();
        }
        Platform platform = switch (word) {
            case "discord" -> Platform.DISCORD;
            case "slack" -> Platform.SLACK;
            default -> throw Refusal.invalid("dm=" + typed + " is not a choice; type dm=discord, dm=slack or dm=auto.");
        };
        if (!bothLinked(actor)) {
            throw Refusal.invalid("Choosing where your direct messages go needs a Discord and a Slack account linked "
                    + "as one member; type /meetup link on one of them first.");
        }
        return Optional.of(platform);
    }

    private boolean bothLinked(Actor actor) {
        Set<Platform> platforms = members.identities(actor.memberId()).stream().map(Identity::platform)
                .collect(Collectors.toSet());
        return platforms.contains(Platform.DISCORD) && platforms.contains(Platform.SLACK);
    }
}
