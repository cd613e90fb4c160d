package org.convene.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.convene.slack.standin.SignedRequests;
import org.junit.jupiter.api.Test;

class SlackRequestSignatureTest {

    private static final String SECRET = "signing-secret";
    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SignedRequests signing = new SignedRequests(SECRET, "T1", "B1", CLOCK);
    private final SlackRequestSignature signature = new SlackRequestSignature(SECRET, CLOCK);

    private boolean valid(Instant signedAt, String body) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        return signature.isValid(Optional.of(timestamp), Optional.of(signing.signature(timestamp, body)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodySignedWithTheSecretWithinFiveMinutesEitherWayIsValid() {
        assertThat(valid(NOW, "command=%2Fmeetup&text=caf%C3%A9")).isTrue();
        assertThat(valid(NOW.minus(Duration.ofMinutes(5)), "a=1")).isTrue();
        assertThat(valid(NOW.plus(Duration.ofMinutes(5)), "a=1")).isTrue();
    }

    @Test
    void timestampMoreThanFiveMinutesAwayIsInvalid() {
        assertThat(valid(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), "a=1")).isFalse();
        assertThat(valid(NOW.plus(Duration.ofMinutes(6)), "a=1")).isFalse();
    }

    @Test
    void changedBodyMissingHeadersAndMalformedTimestampsAreInvalid() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signed = signing.signature(timestamp, "a=1");
        byte[] changed = "a=2".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.isValid(Optional.of(timestamp), Optional.of(signed), changed)).isFalse();
        assertThat(signature.isValid(Optional.empty(), Optional.of(signed), changed)).isFalse();
        assertThat(signature.isValid(Optional.of(timestamp), Optional.empty(), changed)).isFalse();
        assertThat(signature.isValid(Optional.of("-1"), Optional.of(signed), changed)).isFalse();
        assertThat(signature.isValid(Optional.of("99999999999999999999"), Optional.of(signed), changed)).isFalse();
    }

    @Test
    void signatureIsCheckedOnTheRawBytesNotOnTheirDecoding() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        byte[] notUtf8 = {'a', '=', (byte) 0xC3};
        String decodedThenSigned = signing.signature(timestamp, new String(notUtf8, StandardCharsets.UTF_8));

        assertThat(signature.isValid(Optional.of(timestamp), Optional.of(decodedThenSigned), notUtf8)).isFalse();
    }
}
