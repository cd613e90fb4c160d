package org.convene.slack.standin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files upload v2 as Slack runs it: {@code files.getUploadURLExternal} hands out a file id and an upload URL, the
 * client posts the bytes there, and {@code files.completeUploadExternal} shares only files whose bytes arrived, with
 * as many bytes as announced.
 */
final class FileUploads {

    private record Pending(String name, long length) {
    }

    private final String uploadUrlPrefix;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();

    FileUploads(String uploadUrlPrefix) {
        this.uploadUrlPrefix = uploadUrlPrefix;
    }

    StandInAnswer uploadUrl(String fileName, String length) {
        if (fileName == null || fileName.isBlank() || length == null || !length.matches("\\d+")) {
            return StandInAnswer.error("invalid_arguments");
        }
        String fileId = "F0STANDIN" + sequence.incrementAndGet();
        pending.put(fileId, new Pending(fileName, Long.parseLong(length)));
        JsonObject body = new JsonObject();
        body.addProperty("upload_url", uploadUrlPrefix + fileId);
        body.addProperty("file_id", fileId);
        return StandInAnswer.ok(body);
    }

    boolean upload(String fileId, byte[] bytes) {
        if (!pending.containsKey(fileId)) {
            return false;
        }
        uploaded.put(fileId, bytes.clone());
        return true;
    }

    byte[] uploaded(String fileId) {
        byte[] bytes = uploaded.get(fileId);
        return bytes == null ? null : bytes.clone();
    }

    StandInAnswer complete(String filesJson, String channelId) {
        JsonArray shared = new JsonArray();
        try {
            for (JsonElement element : JsonParser.parseString(filesJson).getAsJsonArray()) {
                String fileId = element.getAsJsonObject().get("id").getAsString();
                Pending file = pending.get(fileId);
                byte[] bytes = uploaded.get(fileId);
                if (file == null || bytes == null || bytes.length != file.length()) {
                    return StandInAnswer.error("file_upload_size_mismatch");
                }
                JsonObject info = new JsonObject();
                info.addProperty("id", fileId);
                info.addProperty("name", file.name());
                info.addProperty("title", element.getAsJsonObject().has("title")
                        ? element.getAsJsonObject().get("title").getAsString() : file.name());
                shared.add(info);
            }
        } catch (RuntimeException e) {
            return StandInAnswer.error("invalid_arguments");
        }
        if (channelId == null || channelId.isBlank()) {
            return StandInAnswer.error("channel_not_found");
        }
        JsonObject body = new JsonObject();
        body.add("files", shared);
        return StandInAnswer.ok(body);
    }
}
