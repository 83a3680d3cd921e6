package org.masthead.desk;

/** Thrown when a signed-out browser asks for a desk page: answered with a 303 to the sign-in form. */
public final class SignInRequired extends RuntimeException {
    private final String location;

    SignInRequired(String location) {
        super(null, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
