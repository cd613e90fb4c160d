package org.convene.config.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in of the three addresses {@code convene check} asks: Discord's {@code GET /api/v10/users/@me}
 * (200 for the bot token it knows, 401 otherwise, as Discord answers), Slack's {@code auth.test} ({@code ok:true} and
 * the granted scopes in {@code x-oauth-scopes} for its token, {@code invalid_auth} otherwise) and a public page.
 */
public final class LoopbackPlatformApis implements AutoCloseable {

    public static final String DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.loopback.discord-bot-token";
    public static final String SLACK_TOKEN = "xoxb-1111-2222-loopbackslacktoken";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("loopback-apis-", 0).daemon(true).factory());
    private final String grantedScopes;

    private LoopbackPlatformApis(String grantedScopes) throws IOException {
        this.grantedScopes = grantedScopes;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v10/users/@me", this::discordUser);
        server.createContext("/api/auth.test", this::slackAuthTest);
        server.createContext("/", exchange -> answer(exchange, 200, "text/html", "<h1>Convene</h1>"));
        server.start();
    }

    /** Starts one that grants the Slack token these scopes (comma-separated, as Slack's header has them). */
    public static LoopbackPlatformApis start(String grantedScopes) throws IOException {
        return new LoopbackPlatformApis(grantedScopes);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String discordApiUrl() {
        return base() + "/api/v10/";
    }

    public String slackApiUrl() {
        return base() + "/api/";
    }

    public String publicUrl() {
        return base() + "/";
    }

    private void discordUser(HttpExchange exchange) throws IOException {
        if (("Bot " + DISCORD_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 200, "application/json", "{\"id\":\"123456789012345678\",\"username\":\"Convene\","
                    + "\"discriminator\":\"0\",\"bot\":true,\"avatar\":null}");
        } else {
            answer(exchange, 401, "application/json", "{\"message\":\"401: Unauthorized\",\"code\":0}");
        }
    }

    private void slackAuthTest(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (("Bearer " + SLACK_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("x-oauth-scopes", grantedScopes);
            answer(exchange, 200, "application/json", "{\"ok\":true,\"url\":\"https://librarians.slack.com/\","
                    + "\"team\":\"Librarians\",\"user\":\"convene\",\"team_id\":\"T0LIBRARY\",\"user_id\":\"U0BOT\","
                    + "\"bot_id\":\"B0BOT\",\"is_enterprise_install\":false}");
        } else {
            answer(exchange, 200, "application/json", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
