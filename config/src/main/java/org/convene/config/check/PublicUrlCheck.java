package org.convene.config.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Fetches the public URL from here, as a stranger would: any HTTP answer below 500 means the address leads to a
 * server; no answer, or a server error, fails. An address that is not https is named, since Slack wants https.
 */
final class PublicUrlCheck {

    private final HttpClient client;
    private final String publicUrl;

    PublicUrlCheck(HttpClient client, String publicUrl) {
        this.client = client;
        this.publicUrl = publicUrl;
    }

    CheckLine run() {
        String where = CheckLine.shown(publicUrl);
        HttpRequest request = HttpRequest.newBuilder(URI.create(publicUrl)).timeout(SettingsCheck.TIMEOUT).GET()
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                return CheckLine.failed("public url", where + " answered HTTP " + status);
            }
            String note = publicUrl.startsWith("https:") ? "" : "; it is not https, which Slack requires";
            return CheckLine.ok("public url", where + " answered HTTP " + status + note);
        } catch (IOException | RuntimeException failure) {
            return CheckLine.failed("public url", "cannot reach " + where + ": " + SettingsCheck.reason(failure));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CheckLine.failed("public url", "interrupted while asking " + where);
        }
    }
}
