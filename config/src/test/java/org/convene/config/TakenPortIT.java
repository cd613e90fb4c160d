package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution started on a port another program holds says so in one line and exits non-zero. */
class TakenPortIT {

    @TempDir
    Path unpacked;

    @TempDir
    Path dataDirectory;

    @Test
    void aTakenHttpPortEndsTheRunWithOneLineNamingThePortAndTheSettingAndExitCodeOne() throws Exception {
        DistributionRun distribution = DistributionRun.unpack(unpacked);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            DistributionRun.Result result = distribution.run(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", Integer.toString(port)), "/meetup groups\n");

            assertThat(result.exitCode()).as(result.errors()).isEqualTo(1);
            assertThat(result.errors().lines().filter(line -> !line.isBlank()))
                    .containsExactly("convene: Port " + port + " is in use; set CONVENE_HTTP_PORT to a free port.");
            assertThat(result.output()).doesNotContain("groups in this community");
        }
    }
}
