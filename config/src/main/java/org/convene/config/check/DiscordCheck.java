package org.convene.config.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Asks Discord's REST API who the bot token belongs to ({@code GET /users/@me}), as JDA does when it logs in. */
final class DiscordCheck {

    /** Discord's REST API, as JDA addresses it when no other address is set. */
    static final String DISCORD_API = "https://discord.com/api/v10/";

    private final HttpClient client;
    private final String apiUrl;
    private final String token;

    DiscordCheck(HttpClient client, String apiUrl, String token) {
        this.client = client;
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        this.token = token;
    }

    CheckLine run() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "users/@me"))
                .timeout(SettingsCheck.TIMEOUT).header("Authorization", "Bot " + token)
                .header("User-Agent", "DiscordBot (https://github.com/discord-jda/JDA, convene-check)").GET().build();
        String where = CheckLine.shown(apiUrl);
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                return CheckLine.failed("discord", "DISCORD_TOKEN was refused by " + where + " (401 Unauthorized): "
                        + "copy the bot's token again from the Developer Portal");
            }
            if (response.statusCode() != 200) {
                return CheckLine.failed("discord", where + " answered HTTP " + response.statusCode());
            }
            DataObject user = DataObject.fromJson(response.body());
            return CheckLine.ok("discord", "token valid for bot " + user.getString("username", "?") + " (id "
                    + user.getString("id", "?") + ") at " + where);
        } catch (IOException | RuntimeException failure) {
            return CheckLine.failed("discord", "cannot reach " + where + ": " + SettingsCheck.reason(failure));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CheckLine.failed("discord", "interrupted while asking " + where);
        }
    }
}
