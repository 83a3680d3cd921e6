package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.masthead.moderation.wordlists.WordLists;

/**
 * Copies the word lists shipped in src/main/resources/moderation/wordlists into the database, once: from then on
 * the site's moderators own them and edit them on the desk. A Java migration because it reads those files.
 */
public class V22__shipped_word_lists extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        ShippedWordListEntries.insert(context.getConnection(), WordLists.shipped());
    }
}
