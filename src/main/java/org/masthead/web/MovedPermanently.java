package org.masthead.web;

/** Thrown by a page renderer when the page lives at another address; answered with a 301. */
public final class MovedPermanently extends RuntimeException {
    private final String location;

    public MovedPermanently(String location) {
        super(null, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
