package org.masthead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * Errors for programs: under {@code /api/} every failure answers {@code {"error": "plain message", "code": "..."}}
 * with its status, never the HTML error page, so a script can show the message as it is.
 */
final class ApiErrors {
    static final String PREFIX = "/api/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrors() {}

    static boolean wanted(Context ctx) {
        return ctx.path().startsWith(PREFIX);
    }

    static void send(Context ctx, String code, String message) {
        record Error(String error, String code) {}
        try {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JSON.writeValueAsBytes(new Error(message, code)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // two strings always serialise
        }
    }
}
