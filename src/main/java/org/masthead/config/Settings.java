package org.masthead.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.masthead.desk.SessionLimits;
import org.masthead.mail.MailSettings;
import org.masthead.moderation.ModerationLimits;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.moderation.OutsideScorerConfig;

/**
 * Settings read once at start-up, from an optional properties file ({@code masthead.properties} in the
 * working directory, or the file named by MASTHEAD_CONFIG) overridden by MASTHEAD_* environment variables.
 */
public record Settings(
        String databaseUrl, String databaseUser, String databasePassword, int databasePoolSize,
        Path dataDir, String host, int port, String baseUrl, int pageCacheEntries, ModerationLimits moderationLimits,
        MailSettings mail, SessionLimits deskSessions, long maxUploadBytes, Thresholds classifierThresholds,
        OutsideScorerConfig outsideScorer) {

    /** For code outside the command line; commands read {@code Masthead.of(spec).settings()} instead. */
    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> env) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Properties file = readFile(Path.of(env.getOrDefault("MASTHEAD_CONFIG", "masthead.properties")),
                env.containsKey("MASTHEAD_CONFIG"));
        for (Setting s : Setting.values()) {
            String value = env.get(s.envName());
            if (value == null || value.isBlank()) value = file.getProperty(s.key, s.defaultValue);
            values.put(s, value.trim());
        }
        Path dataDir = Path.of(values.get(Setting.DATA_DIR));
        String url = values.get(Setting.DATABASE_URL);
        if (url.isEmpty()) url = "jdbc:sqlite:" + dataDir.resolve("masthead.db");
        int port = integer(values, Setting.PORT, 0, 65535);
        String baseUrl = values.get(Setting.BASE_URL);
        if (baseUrl.isEmpty()) baseUrl = "http://localhost:" + port;
        return new Settings(url, values.get(Setting.DATABASE_USER), values.get(Setting.DATABASE_PASSWORD),
                integer(values, Setting.DATABASE_POOL_SIZE, 2, 500), dataDir, values.get(Setting.HOST), port,
                stripTrailingSlash(baseUrl), integer(values, Setting.PAGE_CACHE_ENTRIES, 0, 1_000_000),
                new ModerationLimits(integer(values, Setting.COMMENT_MAX_LENGTH, 1, 100_000),
                        integer(values, Setting.COMMENT_MAX_LINKS, 0, 1000),
                        integer(values, Setting.COMMENT_RATE_ADDRESS, 0, 10_000_000),
                        integer(values, Setting.COMMENT_RATE_EMAIL, 0, 10_000_000)),
                mail(values), new SessionLimits(Duration.ofMinutes(integer(values, Setting.DESK_IDLE_MINUTES, 1, 10_080)),
                        Duration.ofHours(integer(values, Setting.DESK_MAX_HOURS, 1, 8_760))),
                integer(values, Setting.MEDIA_MAX_UPLOAD_MB, 1, 500) * 1_000_000L, Thresholds.from(values::get),
                new OutsideScorerConfig(values.get(Setting.MODERATION_SCORER_URL), values.get(Setting.MODERATION_SCORER_KEY),
                        Duration.ofMillis(integer(values, Setting.MODERATION_SCORER_TIMEOUT, 1, 60_000))));
    }

    public Settings withPort(int newPort) {
        String newBase = baseUrl.equals("http://localhost:" + port) ? "http://localhost:" + newPort : baseUrl;
        return new Settings(databaseUrl, databaseUser, databasePassword, databasePoolSize, dataDir, host, newPort,
                newBase, pageCacheEntries, moderationLimits, mail, deskSessions, maxUploadBytes, classifierThresholds,
                outsideScorer);
    }

    public boolean isPostgres() {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }

    /** The database URL with any password in it masked, for logs and messages. */
    public String databaseUrlWithoutPassword() {
        return databaseUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@");
    }

    @Override
    public String toString() { // never print the password, whether a setting of its own or inside the URL
        return "Settings[database=" + databaseUrlWithoutPassword() + ", dataDir=" + dataDir + ", listen=" + host + ":" + port
                + ", baseUrl=" + baseUrl + "]";
    }

    private static int integer(Map<Setting, String> values, Setting s, int min, int max) {
        try {
            int n = Integer.parseInt(values.get(s));
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(s.envName() + " (" + s.key + ") must be a whole number from " + min
                    + " to " + max + ", not '" + values.get(s) + "'");
        }
    }

    private static MailSettings mail(Map<Setting, String> values) {
        String tls = values.get(Setting.MAIL_STARTTLS).toLowerCase(java.util.Locale.ROOT);
        if (!tls.equals("true") && !tls.equals("false")) {
            throw new InvalidSettingException(Setting.MAIL_STARTTLS.envName() + " must be true or false, not '" + tls + "'");
        }
        try {
            return new MailSettings(values.get(Setting.MAIL_HOST), integer(values, Setting.MAIL_PORT, 1, 65535),
                    values.get(Setting.MAIL_USER), values.get(Setting.MAIL_PASSWORD), values.get(Setting.MAIL_FROM),
                    tls.equals("true"));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.MAIL_FROM.envName() + ": " + e.getMessage());
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Properties readFile(Path path, boolean required) {
        Properties p = new Properties();
        if (!Files.exists(path)) {
            if (required) throw new InvalidSettingException("configuration file not found: " + path);
            return p;
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException e) {
            throw new InvalidSettingException("cannot read configuration file " + path + ": " + e.getMessage());
        }
    }

    public static final class InvalidSettingException extends RuntimeException {
        public InvalidSettingException(String message) {
            super(message);
        }
    }
}
