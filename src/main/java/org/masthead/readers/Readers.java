package org.masthead.readers;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.masthead.accounts.PasswordHasher;
import org.masthead.web.BadInput;

/**
 * Reader accounts: signing up, confirming the address, signing in, resetting a forgotten password. No answer
 * tells a stranger whether an address has an account: sign-up and reset say the same thing either way and
 * the difference goes only to that mailbox.
 */
public final class Readers {
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Argon2 cost grows with the input; nobody needs a longer password than this. */
    static final int MAX_PASSWORD_LENGTH = 1000;
    static final Duration CONFIRM_TOKEN_LIFETIME = Duration.ofHours(48);
    static final Duration RESET_TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final ReaderMails mails;
    private final Throttle throttle;
    private final Clock clock;
    private String decoyHash;

    public Readers(Jdbi jdbi, PasswordHasher hasher, ReaderMails mails, Throttle throttle, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.mails = mails;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Creates an unconfirmed account and mails the confirmation link; an existing address gets a reminder instead. */
    void signUp(String name, String email, String password, String ip) {
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = normalizeEmail(email);
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanName.isEmpty() || cleanName.length() > 100 || cleanName.codePoints().anyMatch(Character::isISOControl)) {
            errors.put("name", "Please enter the name to show with your comments (up to 100 characters).");
        }
        if (!validEmail(cleanEmail)) errors.put("email", "Please enter an email address, like name@example.org.");
        String passwordError = passwordProblem(password);
        if (passwordError != null) errors.put("password", passwordError);
        if (!errors.isEmpty()) throw new InvalidForm(errors);
        throttle.mailRequested(cleanEmail, ip);
        // Hashed before we know whether the address is taken, so both answers take the same time.
        String hash = hasher.hash(password);
        Optional<Reader> existing = byEmail(cleanEmail);
        if (existing.isPresent()) {
            mails.alreadyRegistered(existing.get());
            return;
        }
        String token = Secrets.newToken();
        long now = clock.millis();
        Reader reader;
        try {
            reader = jdbi.inTransaction(h -> {
                ReaderStore store = h.attach(ReaderStore.class);
                long id = store.insert(cleanEmail, cleanName, hash, now);
                store.addToken(Secrets.hash(token), id, "confirm", now, now + CONFIRM_TOKEN_LIFETIME.toMillis());
                return new Reader(id, cleanEmail, cleanName, false);
            });
        } catch (UnableToExecuteStatementException e) {
            // Two sign-ups for one address at once: the other one won, so this one is "already registered".
            mails.alreadyRegistered(byEmail(cleanEmail).orElseThrow(() -> e));
            return;
        }
        mails.confirmAddress(reader, token);
    }

    /**
     * The reader with this email and password. Refuses (401) a wrong pair the same way for unknown addresses,
     * after the same Argon2 work; refuses (403) an unconfirmed address and mails a new link; 429 when throttled.
     */
    Reader signIn(String email, String password, String ip) {
        String cleanEmail = normalizeEmail(email);
        throttle.checkSignIn(cleanEmail, ip);
        Optional<Reader> reader = byEmail(cleanEmail);
        String hash = reader.map(r -> jdbi.withExtension(ReaderStore.class, s -> s.passwordHash(r.id()))).orElse(null);
        boolean matches = hasher.verify(password == null ? "" : password, hash == null ? decoy() : hash);
        if (!matches || reader.isEmpty()) {
            throttle.failedSignIn(cleanEmail, ip);
            throw new BadInput(401, "The email address and password do not match an account. Please try again.");
        }
        throttle.signedIn(cleanEmail);
        if (!reader.get().emailConfirmed()) {
            resendConfirmation(reader.get(), ip);
            throw new BadInput(403, "Please confirm your email address first: we have emailed you a link.");
        }
        return reader.get();
    }

    private void resendConfirmation(Reader reader, String ip) {
        try {
            throttle.mailRequested(reader.email(), ip);
        } catch (BadInput tooMany) {
            return; // the links already sent still work
        }
        String token = Secrets.newToken();
        long now = clock.millis();
        jdbi.useExtension(ReaderStore.class, s -> s.addToken(Secrets.hash(token), reader.id(), "confirm", now,
                now + CONFIRM_TOKEN_LIFETIME.toMillis()));
        mails.confirmAddress(reader, token);
    }

    /** Whether the link is one we sent, unused and unexpired; looking does not use it up. */
    boolean tokenValid(String token, String purpose) {
        return Secrets.wellFormed(token) && jdbi.withExtension(ReaderStore.class,
                s -> s.tokenOwner(Secrets.hash(token), purpose, clock.millis())).isPresent();
    }

    void confirm(String token) {
        jdbi.useTransaction(h -> {
            ReaderStore store = h.attach(ReaderStore.class);
            store.confirmEmail(use(store, token, "confirm"));
        });
    }

    /** Mails a reset link if the address has an account, and otherwise does nothing, visibly the same. */
    void requestReset(String email, String ip) {
        String cleanEmail = normalizeEmail(email);
        if (!validEmail(cleanEmail)) throw new InvalidForm(Map.of("email", "Please enter an email address, like name@example.org."));
        throttle.mailRequested(cleanEmail, ip);
        Optional<Reader> reader = byEmail(cleanEmail);
        if (reader.isEmpty()) return;
        String token = Secrets.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            ReaderStore store = h.attach(ReaderStore.class);
            store.useAllTokens(reader.get().id(), "reset", now); // only the newest link works
            store.addToken(Secrets.hash(token), reader.get().id(), "reset", now, now + RESET_TOKEN_LIFETIME.toMillis());
        });
        mails.resetPassword(reader.get(), token);
    }

    /** Sets a new password with a reset link: ends every session and, as the link reached the mailbox, confirms it. */
    void resetPassword(String token, String password) {
        String problem = passwordProblem(password);
        if (problem != null) throw new InvalidForm(Map.of("password", problem));
        String hash = hasher.hash(password);
        jdbi.useTransaction(h -> {
            ReaderStore store = h.attach(ReaderStore.class);
            long readerId = use(store, token, "reset");
            store.setPassword(readerId, hash);
            store.confirmEmail(readerId);
            store.endSessions(readerId);
        });
    }

    public Optional<Reader> byEmail(String email) {
        return jdbi.withExtension(ReaderStore.class, s -> s.findByEmail(normalizeEmail(email)));
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean validEmail(String email) {
        return email.length() <= 320 && EMAIL.matcher(email).matches();
    }

    private static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "Please choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        if (password.length() > MAX_PASSWORD_LENGTH) return "Please choose a password of at most 1,000 characters.";
        return null;
    }

    private long use(ReaderStore store, String token, String purpose) {
        long now = clock.millis();
        if (Secrets.wellFormed(token)) {
            Optional<Long> owner = store.tokenOwner(Secrets.hash(token), purpose, now);
            if (owner.isPresent() && store.useToken(Secrets.hash(token), purpose, now) == 1) return owner.get();
        }
        throw new BadInput(404, "This link has expired or has been used already. Please ask for a new one.");
    }

    /** A hash to check passwords of unknown addresses against, so they cost the same Argon2 work. */
    private synchronized String decoy() {
        if (decoyHash == null) decoyHash = hasher.hash(Secrets.newToken());
        return decoyHash;
    }
}
