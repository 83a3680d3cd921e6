package org.masthead.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.masthead.web.BadInput;
import org.masthead.web.Slugs;

/** The newsroom's staff accounts: the only way other features read or create staff. */
public final class Staff {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Argon2 cost grows with the input; nobody needs a longer password than this. */
    public static final int MAX_PASSWORD_LENGTH = 1000;
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Clock clock;
    private String decoyHash;

    public Staff(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Adds a member of staff; a null password leaves the account unable to sign in until one is set. */
    public StaffMember add(String email, String name, Role role, String password, String bio) {
        String cleanEmail = email == null ? "" : email.trim();
        if (cleanEmail.length() > 320 || !EMAIL.matcher(cleanEmail).matches()) {
            throw new BadInput("'" + email + "' is not an email address");
        }
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new BadInput("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String displayName = name == null || name.isBlank() ? cleanEmail.substring(0, cleanEmail.indexOf('@')) : name.strip();
        if (displayName.length() > 200) throw new BadInput("the name is longer than 200 characters");
        String hash = password == null ? null : hasher.hash(password);
        return jdbi.inTransaction(h -> {
            StaffStore store = h.attach(StaffStore.class);
            if (store.findByEmail(cleanEmail).isPresent()) {
                throw new BadInput("a member of staff with the email " + cleanEmail + " already exists");
            }
            String slug = Slugs.unique(Slugs.of(displayName), store::slugTaken);
            long id = store.insert(cleanEmail, displayName, slug, role.id(), hash, bio == null ? "" : bio,
                    clock.millis());
            return new StaffMember(id, cleanEmail, displayName, slug, role, bio == null ? "" : bio);
        });
    }

    public Optional<StaffMember> bySlug(String slug) {
        return jdbi.withExtension(StaffStore.class, s -> s.findBySlug(slug));
    }

    public List<StaffMember> bySlugs(List<String> slugs) {
        if (slugs.isEmpty()) return List.of();
        return jdbi.withExtension(StaffStore.class, s -> s.findBySlugs(slugs));
    }

    /** Every member of staff, by name, with whether they are disabled or have not yet accepted an invitation. */
    public List<StaffAccount> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + StaffStore.COLUMNS
                        + ", disabled, password_hash IS NULL AS invited FROM staff ORDER BY lower(name), id")
                .map((rs, ctx) -> new StaffAccount(new StaffMember(rs.getLong("id"), rs.getString("email"),
                        rs.getString("name"), rs.getString("slug"), Role.parse(rs.getString("role")), rs.getString("bio")),
                        rs.getBoolean("disabled"), rs.getBoolean("invited")))
                .list());
    }

    /** The member, disabled or not. */
    public Optional<StaffMember> byId(long id) {
        return jdbi.withExtension(StaffStore.class, s -> s.find(id));
    }

    public void changeRole(long id, Role role) {
        if (jdbi.withExtension(StaffStore.class, s -> s.setRole(id, role.id())) != 1) {
            throw new BadInput(404, "There is no such member of staff.");
        }
    }

    /** Disables or re-enables an account; ending a disabled member's sessions is the desk's part. */
    public void setDisabled(long id, boolean disabled) {
        if (jdbi.withExtension(StaffStore.class, s -> s.setDisabled(id, disabled)) != 1) {
            throw new BadInput(404, "There is no such member of staff.");
        }
    }

    /** The member, unless their account is disabled (or does not exist). */
    public Optional<StaffMember> active(long id) {
        return jdbi.withExtension(StaffStore.class, s -> s.findActive(id));
    }

    public Optional<StaffMember> byEmail(String email) {
        return jdbi.withExtension(StaffStore.class, s -> s.findByEmail(email == null ? "" : email.strip()));
    }

    /**
     * The active member with this email and password. Unknown addresses, disabled accounts and accounts without a
     * password cost the same Argon2 work as a real check, so the time taken does not tell them apart.
     */
    public Optional<StaffMember> withPassword(String email, String password) {
        Optional<StaffMember> member = byEmail(email);
        String hash = member.flatMap(m -> jdbi.withExtension(StaffStore.class, s -> s.passwordHash(m.id()))).orElse(null);
        String given = password == null ? "" : password;
        if (given.length() > MAX_PASSWORD_LENGTH) return Optional.empty();
        boolean matches = hasher.verify(given, hash == null ? decoy() : hash);
        return matches && hash != null ? member : Optional.empty();
    }

    /** Sets a new password, checked like any other; the caller ends the member's sessions where that is due. */
    public void setPassword(long id, String password) {
        String problem = passwordProblem(password);
        if (problem != null) throw new BadInput(422, problem);
        String hash = hasher.hash(password);
        jdbi.useExtension(StaffStore.class, s -> s.setPassword(id, hash));
    }

    /** Why a password cannot be used, or null when it can. */
    public static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "Please choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        if (password.length() > MAX_PASSWORD_LENGTH) return "Please choose a password of at most 1,000 characters.";
        return null;
    }

    private synchronized String decoy() {
        if (decoyHash == null) decoyHash = hasher.hash(generatePassword());
        return decoyHash;
    }

    /** Everyone who may be named as an author (not moderators, not disabled accounts), by name. */
    public List<StaffMember> writers() {
        return jdbi.withExtension(StaffStore.class, StaffStore::writers);
    }

    /** A random password of 20 characters from an alphabet without look-alike letters. */
    public static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
