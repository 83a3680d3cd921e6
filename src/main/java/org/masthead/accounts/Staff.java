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
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Clock clock;

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

    /** A random password of 20 characters from an alphabet without look-alike letters. */
    public static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
