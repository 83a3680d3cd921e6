package org.masthead.site;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * A random key made on the first start and kept in the database, so every node of a cluster shares it.
 * It keys the hashes of IP addresses, commenters' avatars and unsubscribe links: none can be reversed or
 * forged without it.
 */
public final class SiteSecret {
    /**
     * Keyed once and copied for each use: looking the algorithm up and keying it anew (as Mac.getInstance and init
     * do) cost more than the hashing itself, on every comment post.
     */
    private final Mac keyed;

    private SiteSecret(byte[] key) {
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SiteSecret load(Jdbi jdbi) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String hex = jdbi.inTransaction(h -> {
            var existing = h.createQuery("SELECT value FROM site_settings WHERE name = 'security.secret'")
                    .mapTo(String.class).findOne();
            if (existing.isPresent()) return existing.get();
            String value = HexFormat.of().formatHex(fresh);
            h.createUpdate("INSERT INTO site_settings (name, value) VALUES ('security.secret', :value)")
                    .bind("value", value).execute();
            return value;
        });
        return new SiteSecret(HexFormat.of().parseHex(hex));
    }

    /** HMAC-SHA256 of {@code purpose} and {@code value}, as hex; the purpose keeps uses apart. */
    public String sign(String purpose, String value) {
        try {
            Mac mac = (Mac) keyed.clone();
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can always be copied", e);
        }
    }
}
