package org.convene.slack.standin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads the parameters of a call to the stand-in: the query string, then a form or JSON body. */
final class RequestParams {

    private RequestParams() {
    }

    static JsonObject parse(String contentType, String body, String rawQuery) {
        JsonObject params = new JsonObject();
        addForm(params, rawQuery);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonElement json = parseJson(body);
            if (json != null && json.isJsonObject()) {
                json.getAsJsonObject().entrySet().forEach(entry -> params.add(entry.getKey(), entry.getValue()));
            }
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            addForm(params, body);
        }
        return params;
    }

    private static JsonElement parseJson(String body) {
        try {
            return JsonParser.parseString(body);
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static void addForm(JsonObject params, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.addProperty(name, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
