package org.convene.config;

import com.google.inject.Injector;

/** Starts the chat platforms the settings name, and hands each to the application to stop. */
final class Platforms {

    private Platforms() {
    }

    static void start(Injector injector, Settings settings, Application application) {
        if (settings.slack().enabled()) {
            throw new SettingsException("Slack is configured, but this build does not serve Slack yet; unset "
                    + "SLACK_BOT_TOKEN or run ./convene console.");
        }
        if (settings.discord().enabled()) {
            throw new SettingsException("Discord is configured, but this build does not serve Discord yet; unset "
                    + "DISCORD_TOKEN or run ./convene console.");
        }
    }
}
