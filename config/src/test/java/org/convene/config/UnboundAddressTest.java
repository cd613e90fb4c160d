package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import org.junit.jupiter.api.Test;

/** The line printed when the HTTP address cannot be taken names the cause the operator can fix. */
class UnboundAddressTest {

    private static final Settings.HttpSection HTTP = new Settings.HttpSection("10.9.8.7", 3000);

    @Test
    void anAddressInUseNamesThePortAndCONVENE_HTTP_PORT() {
        UncheckedIOException failure = new UncheckedIOException("the HTTP server could not start",
                new IOException("Failed to bind to /10.9.8.7:3000", new BindException("Address already in use")));

        assertThat(UnboundAddress.explain(failure, HTTP))
                .contains("Port 3000 is in use; set CONVENE_HTTP_PORT to a free port.");
    }

    @Test
    void anAddressNotOfThisMachineNamesTheHostAndCONVENE_HTTP_HOST() {
        UncheckedIOException failure = new UncheckedIOException("the HTTP server could not start",
                new IOException("Failed to bind", new BindException("Cannot assign requested address")));

        assertThat(UnboundAddress.explain(failure, HTTP)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("Cannot listen on 10.9.8.7:3000 (Cannot assign requested address)")
                .contains("CONVENE_HTTP_HOST"));
    }

    @Test
    void anyOtherFailureIsNotExplainedHere() {
        assertThat(UnboundAddress.explain(new UncheckedIOException(new IOException("disk full")), HTTP)).isEmpty();
    }
}
