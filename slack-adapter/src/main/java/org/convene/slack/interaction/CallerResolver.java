package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Duration;
import org.convene.core.command.Caller;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Slack team, user and channel into the core's {@link Caller}. Workspace admins and owners count as platform
 * admins; their role and name are looked up with {@code users.info} and cached for a while. A failed lookup counts as no role.
 * The space is always the installing workspace, so org-wide installs and Slack Connect users land in one community;
 * using the app there marks the workspace active again after it had removed the app.
 */
public final class CallerResolver {

    private static final Logger log = LoggerFactory.getLogger(CallerResolver.class);

    private final MethodsClient methods;
    private final HomeWorkspace workspace;
    private final SpaceActivity activity;
    private final Cache<String, Profile> profiles;

    /** What {@code users.info} says of a user: a name to show and whether they administer the workspace. */
    private record Profile(String name, boolean admin) {
    }

    public CallerResolver(MethodsClient methods, HomeWorkspace workspace, SpaceActivity activity,
                          Duration roleCacheTime) {
        this.methods = requireNonNull(methods, "methods");
        this.workspace = requireNonNull(workspace, "workspace");
        this.activity = requireNonNull(activity, "activity");
        this.profiles = Caffeine.newBuilder().expireAfterWrite(requireNonNull(roleCacheTime, "roleCacheTime"))
                .maximumSize(10_000).build();
    }

    /**
     * The caller; the name shown is Slack's display or real name when {@code users.info} answers, else
     * {@code userName}. A {@code channelId} that is null or a direct-message channel ({@code D...}) gives no channel.
     */
    public Caller caller(String teamId, String teamName, String userId, String userName, String channelId) {
        return caller(new SlackParties(teamId, teamName, null, userId, teamId, userName, channelId));
    }

    /**
     * The caller in the installing workspace's space, whatever team the payload names (none on org-wide installs).
     * A user from another workspace (Slack Connect) is a member there and never an admin.
     */
    public Caller caller(SlackParties parties) {
        String home = workspace.id();
        String spaceId = home != null ? home : parties.anyTeam();
        if (spaceId == null || parties.userId() == null) {
            throw new IllegalArgumentException("a Slack payload without a team or a user");
        }
        SpaceRef space = new SpaceRef(Platform.SLACK, spaceId);
        activity.used(space);
        boolean foreign = !workspace.isHomeUser(parties, spaceId);
        Profile profile = profile(spaceId, parties.userId());
        String name = profile != null && profile.name() != null ? profile.name()
                : parties.userName() == null ? parties.userId() : parties.userName();
        String channelId = parties.channelId();
        ChannelRef channel = channelId == null || channelId.isEmpty() || channelId.startsWith("D") ? null
                : new ChannelRef(Platform.SLACK, spaceId, channelId);
        String spaceName = parties.teamName() == null || foreign ? spaceId : parties.teamName();
        return new Caller(space, spaceName,
                new Identity(Platform.SLACK, parties.userId()), name, !foreign && profile != null && profile.admin(),
                channel);
    }

    private Profile profile(String teamId, String userId) {
        return profiles.get(teamId + ":" + userId, key -> lookUp(userId));
    }

    private Profile lookUp(String userId) {
        try {
            UsersInfoResponse response = methods.usersInfo(request -> request.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info for {} failed: {}", userId, response.getError());
                return null;
            }
            User user = response.getUser();
            String display = user.getProfile() == null ? null : firstNonBlank(user.getProfile().getDisplayName(),
                    user.getProfile().getRealName());
            return new Profile(firstNonBlank(display, user.getRealName(), user.getName()),
                    user.isAdmin() || user.isOwner());
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed: {}", userId, e.getClass().getSimpleName());
            return null;
        }
    }

    private static String firstNonBlank(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
