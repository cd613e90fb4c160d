package org.convene.slack.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;

/**
 * Who acted and where, as one Slack payload tells it, every part possibly missing: the payload's team (null on
 * org-wide installs), its enterprise (absent, null or an object), the user and the team they belong to (another
 * workspace's for a Slack Connect user), and the channel.
 */
public record SlackParties(String teamId, String teamName, String enterpriseId, String userId, String userTeamId,
                           String userName, String channelId) {

    /** A button click. */
    public static SlackParties of(BlockActionPayload payload) {
        BlockActionPayload.Team team = payload.getTeam();
        BlockActionPayload.User user = payload.getUser();
        String enterpriseId = payload.getEnterprise() != null ? payload.getEnterprise().getId()
                : team == null ? null : team.getEnterpriseId();
        String channelId = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        return new SlackParties(team == null ? null : team.getId(), team == null ? null : team.getDomain(),
                enterpriseId, user == null ? null : user.getId(), user == null ? null : user.getTeamId(),
                user == null ? null : firstNonBlank(user.getName(), user.getUsername()), channelId);
    }

    /** A modal's submission. */
    public static SlackParties of(ViewSubmissionPayload payload) {
        ViewSubmissionPayload.Team team = payload.getTeam();
        ViewSubmissionPayload.User user = payload.getUser();
        String enterpriseId = payload.getEnterprise() != null ? payload.getEnterprise().getId()
                : team == null ? null : team.getEnterpriseId();
        return new SlackParties(team == null ? null : team.getId(), team == null ? null : team.getDomain(),
                enterpriseId, user == null ? null : user.getId(), user == null ? null : user.getTeamId(),
                user == null ? null : firstNonBlank(user.getName(), user.getUsername()), null);
    }

    /** A slash command; Slack names the invoking user's team in {@code team_id}. */
    public static SlackParties of(SlashCommandPayload payload) {
        return new SlackParties(payload.getTeamId(), payload.getTeamDomain(), payload.getEnterpriseId(),
                payload.getUserId(), payload.getTeamId(), payload.getUserName(), payload.getChannelId());
    }

    /** A user in a workspace, as an event names them. */
    public static SlackParties user(String teamId, String userId) {
        return new SlackParties(teamId, null, null, userId, null, null, null);
    }

    /** The first of the ids that is there, for when the installing workspace is unknown. */
    String anyTeam() {
        return firstNonBlank(teamId, userTeamId, enterpriseId);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
