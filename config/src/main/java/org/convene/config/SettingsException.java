package org.convene.config;

/** A setting that is missing or wrong; its message names the setting in one line. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
