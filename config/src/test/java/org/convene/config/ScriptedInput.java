package org.convene.config;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Console input that runs test actions between lines: a line is handed over only when the console asks for the next
 * one, after the previous command and its deliveries are done, so an action (stopping the database) falls exactly
 * between two commands.
 */
final class ScriptedInput extends InputStream {

    private final Deque<Object> steps = new ArrayDeque<>();
    private byte[] line = new byte[0];
    private int position;

    ScriptedInput line(String text) {
        steps.add(text + "\n");
        return this;
    }

    ScriptedInput then(Runnable action) {
        steps.add(action);
        return this;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        while (position == line.length) {
            Object step = steps.poll();
            if (step == null) {
                return -1;
            }
            if (step instanceof Runnable action) {
                action.run();
            } else {
                line = ((String) step).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
        }
        int count = Math.min(length, line.length - position);
        System.arraycopy(line, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return 0;
    }
}
