package org.masthead.web;

/**
 * Input a user can fix: answered with a 4xx and this message, and nothing stored. The {@code code} is a stable
 * word for programs (the JSON API's {@code "code"}); by default it names the status.
 */
public class BadInput extends RuntimeException {
    private final int status;
    private final String code;

    public BadInput(String message) {
        this(400, message);
    }

    public BadInput(int status, String message) {
        this(status, codeFor(status), message);
    }

    public BadInput(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "refused";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }
}
