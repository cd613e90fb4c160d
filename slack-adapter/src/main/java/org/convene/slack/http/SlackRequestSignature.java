package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked on the raw body bytes before anything parses them: {@code v0=} and the hex
 * HMAC-SHA256 of {@code v0:<timestamp>:<body>} under the signing secret, with a timestamp within five minutes.
 */
final class SlackRequestSignature {

    /** How far a request's timestamp may be from now. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v0";
    private static final Pattern SHAPE = Pattern.compile("v0=[0-9a-f]{64}");

    private final SecretKeySpec key;
    private final Clock clock;

    SlackRequestSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(requireNonNull(signingSecret, "signingSecret").getBytes(StandardCharsets.UTF_8),
                ALGORITHM);
        this.clock = requireNonNull(clock, "clock");
    }

    /** Whether the headers alone could belong to a signed request: a recent timestamp and a signature's shape. */
    boolean isPlausible(Optional<String> timestamp, Optional<String> signature) {
        return timestamp.isPresent() && recent(timestamp.get())
                && signature.isPresent() && SHAPE.matcher(signature.get()).matches();
    }

    /** Whether the timestamp is a recent number of seconds and the signature is the body's under the secret. */
    boolean isValid(Optional<String> timestamp, Optional<String> signature, byte[] body) {
        if (timestamp.isEmpty() || signature.isEmpty() || !recent(timestamp.get())) {
            return false;
        }
        byte[] expected = (VERSION + "=" + HexFormat.of().formatHex(mac(timestamp.get(), body)))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.get().getBytes(StandardCharsets.US_ASCII));
    }

    private boolean recent(String timestamp) {
        if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        return skew.compareTo(MAX_SKEW) <= 0;
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA256 is not available", missing);
        }
    }
}
