package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace the app is installed in, as {@code auth.test} names it for the bot token (the organization on an
 * org-wide install): the one Slack space of the community, whatever team a payload names. Asked once it answers.
 */
public final class HomeWorkspace {

    private static final Logger log = LoggerFactory.getLogger(HomeWorkspace.class);

    private final MethodsClient methods;
    private volatile Home home;

    /** What {@code auth.test} said: the installing team (blank on an org-wide install) and its organization. */
    private record Home(String id, String enterpriseId) {
    }

    public HomeWorkspace(MethodsClient methods) {
        this.methods = requireNonNull(methods, "methods");
    }

    /** The installing team's id (or organization's), or null while {@code auth.test} does not answer. */
    public String id() {
        Home known = home();
        return known == null ? null : known.id();
    }

    /**
     * Whether the user belongs to the installing workspace or its organization, rather than to another one (a
     * Slack Connect user); a user whose team the payload does not say is taken to belong.
     */
    public boolean isHomeUser(SlackParties parties, String spaceId) {
        String userTeam = parties.userTeamId();
        if (userTeam == null || userTeam.isBlank() || userTeam.equals(spaceId)) {
            return true;
        }
        Home known = home();
        String enterpriseId = known == null ? null : known.enterpriseId();
        return enterpriseId != null && enterpriseId.equals(parties.enterpriseId());
    }

    private Home home() {
        Home known = home;
        if (known != null) {
            return known;
        }
        try {
            AuthTestResponse response = methods.authTest(request -> request);
            if (!response.isOk()) {
                log.warn("auth.test failed: {}", response.getError());
                return null;
            }
            String enterpriseId = SlackParties.firstNonBlank(response.getEnterpriseId());
            known = new Home(SlackParties.firstNonBlank(response.getTeamId(), enterpriseId), enterpriseId);
            home = known;
            return known;
        } catch (IOException | SlackApiException e) {
            log.warn("auth.test failed: {}", e.getClass().getSimpleName());
            return null;
        }
    }
}
