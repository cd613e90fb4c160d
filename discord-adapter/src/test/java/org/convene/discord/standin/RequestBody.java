package org.convene.discord.standin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body as the stand-in reads it: the JSON text, and for a {@code multipart/form-data} upload the
 * {@code payload_json} part as the text and every part with a file name as a {@link RecordedFile}.
 *
 * @param text the JSON text, or an empty string
 * @param files uploaded files
 */
record RequestBody(String text, List<RecordedFile> files) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    RequestBody {
        files = List.copyOf(files);
    }

    static RequestBody parse(String contentType, byte[] raw) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return new RequestBody(new String(raw, StandardCharsets.UTF_8), List.of());
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart body without boundary: " + contentType);
        }
        return parseMultipart(boundary.group(1), raw);
    }

    private static RequestBody parseMultipart(String boundary, byte[] raw) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int at = indexOf(raw, delimiter, 0); at >= 0; at = indexOf(raw, delimiter, at + delimiter.length)) {
            starts.add(at);
        }
        String text = "";
        List<RecordedFile> files = new ArrayList<>();
        for (int index = 0; index + 1 < starts.size(); index++) {
            int partStart = starts.get(index) + delimiter.length + 2; // skip CRLF after the delimiter
            int partEnd = starts.get(index + 1) - 2; // the CRLF before the next delimiter
            int headerEnd = indexOf(raw, HEADER_END, partStart);
            if (headerEnd < 0 || headerEnd > partEnd) {
                continue;
            }
            String headers = new String(raw, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(raw, headerEnd + HEADER_END.length, partEnd);
            String name = firstGroup(NAME, headers);
            String filename = firstGroup(FILENAME, headers);
            if (filename.isEmpty() && name.equals("payload_json")) {
                text = new String(content, StandardCharsets.UTF_8);
            } else if (!filename.isEmpty()) {
                files.add(new RecordedFile(name, filename, headerValue(headers, "content-type"), content));
            }
        }
        return new RequestBody(text, files);
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String headerValue(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int start = from; start <= haystack.length - needle.length; start++) {
            for (int offset = 0; offset < needle.length; offset++) {
                if (haystack[start + offset] != needle[offset]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
