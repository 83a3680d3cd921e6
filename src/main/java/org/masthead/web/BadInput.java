package org.masthead.web;

/** Input a user can fix: answered with a 4xx and this message, and nothing stored. */
public class BadInput extends RuntimeException {
    private final int status;

    public BadInput(String message) {
        this(400, message);
    }

    public BadInput(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
