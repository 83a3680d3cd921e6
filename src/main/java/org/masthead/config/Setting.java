package org.masthead.config;

/**
 * Every configuration key Masthead reads, with its documentation and default. The README's
 * configuration table is written from this list; nothing else in the code reads the environment.
 */
public enum Setting {
    DATABASE_URL("database.url", "JDBC URL of the database: SQLite file (default) or PostgreSQL (jdbc:postgresql://host/db)",
            "", false),
    DATABASE_USER("database.user", "database user name (PostgreSQL)", "", false),
    DATABASE_PASSWORD("database.password", "database password (PostgreSQL)", "", true),
    DATABASE_POOL_SIZE("database.pool-size", "maximum open database connections", "10", false),
    DATA_DIR("data.dir", "folder for the SQLite file and uploaded images", "data", false),
    HOST("http.host", "interface to listen on (0.0.0.0 for all)", "127.0.0.1", false),
    PORT("http.port", "HTTP port", "8080", false),
    BASE_URL("site.base-url", "public address of the site, used in feeds, sitemaps and canonical links",
            "", false),
    PAGE_CACHE_ENTRIES("cache.pages", "anonymous pages kept in the in-memory cache", "5000", false),
    MEDIA_MAX_UPLOAD_MB("media.max-upload-mb", "largest picture file accepted for upload, in megabytes", "20", false),
    COMMENT_MAX_LENGTH("comments.max-length", "longest comment, in characters", "5000", false),
    COMMENT_MAX_LINKS("comments.max-links", "most links a comment may carry", "5", false),
    COMMENT_RATE_ADDRESS("comments.per-address-per-minute",
            "comments accepted per network address per minute (0: no limit, e.g. behind a proxy)", "10", false),
    COMMENT_RATE_EMAIL("comments.per-email-per-minute", "comments accepted per email address per minute (0: no limit)",
            "5", false),
    CLASSIFIER_HOLD_TOXICITY("moderation.classifier.hold.toxicity",
            "hold the comment of a reader not trusted yet when its toxicity score (0 to 1) is at least this", "0.55", false),
    CLASSIFIER_HOLD_INSULT("moderation.classifier.hold.insult",
            "hold the comment of a reader not trusted yet when its insult score is at least this", "0.6", false),
    CLASSIFIER_HOLD_IDENTITY_HATE("moderation.classifier.hold.identity_hate",
            "hold a comment for review when its identity-hate score is at least this", "0.15", false),
    CLASSIFIER_HOLD_THREAT("moderation.classifier.hold.threat",
            "hold a comment for review when its threat score is at least this", "0.3", false),
    CLASSIFIER_HOLD_SPAM("moderation.classifier.hold.spam",
            "hold a comment for review when its spam score is at least this", "0.25", false),
    CLASSIFIER_REJECT_IDENTITY_HATE("moderation.classifier.reject.identity_hate",
            "reject a comment outright when its identity-hate score is above this (1: never)", "0.9999", false),
    CLASSIFIER_REJECT_THREAT("moderation.classifier.reject.threat",
            "reject a comment outright when its threat score is above this (1: never)", "0.9999", false),
    CLASSIFIER_REJECT_SPAM("moderation.classifier.reject.spam",
            "reject a comment outright when its spam score is above this (1: never)", "0.9999", false),
    MODERATION_SCORER_URL("moderation.scorer.url",
            "optional outside scorer: a Perspective-API-compatible comments:analyze URL; empty: off", "", false),
    MODERATION_SCORER_KEY("moderation.scorer.key", "API key for the outside scorer, sent as ?key=", "", true),
    MODERATION_SCORER_TIMEOUT("moderation.scorer.timeout-ms",
            "milliseconds a comment waits for the outside scorer before going on without it", "800", false),
    MAIL_HOST("mail.host", "SMTP server for outgoing mail; empty: mails are written to the log instead", "", false),
    MAIL_PORT("mail.port", "SMTP port", "587", false),
    MAIL_USER("mail.user", "SMTP user name; empty: no authentication", "", false),
    MAIL_PASSWORD("mail.password", "SMTP password", "", true),
    MAIL_FROM("mail.from", "sender of the site's mails, e.g. Saltmarsh News <news@example.org>",
            "Masthead <noreply@localhost>", false),
    MAIL_STARTTLS("mail.starttls", "require STARTTLS encryption to the SMTP server (true or false)", "true", false),
    DESK_IDLE_MINUTES("desk.session-idle-minutes", "a desk session ends after this many minutes without a request",
            "60", false),
    DESK_MAX_HOURS("desk.session-max-hours", "a desk session ends this many hours after signing in, however busy",
            "12", false);

    public final String key;
    public final String doc;
    public final String defaultValue;
    public final boolean sensitive;

    Setting(String key, String doc, String defaultValue, boolean sensitive) {
        this.key = key;
        this.doc = doc;
        this.defaultValue = defaultValue;
        this.sensitive = sensitive;
    }

    /** MASTHEAD_DATABASE_URL for database.url, and so on. */
    public String envName() {
        return "MASTHEAD_" + key.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
