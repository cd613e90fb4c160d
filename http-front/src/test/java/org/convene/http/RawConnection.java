package org.convene.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain socket to the front, for requests no well-behaved client would send: partial, slow or idle. */
final class RawConnection implements AutoCloseable {

    private final Socket socket;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
    }

    void send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Reads until the server closes the connection or the wait is over.
     *
     * @return what was read, or null if the connection was still open at the end of the wait
     */
    String readUntilClosed(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        InputStream in = socket.getInputStream();
        try {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException stillOpen) {
            return null;
        } catch (IOException reset) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
