package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.masthead.moderation.wordlists.WordLists;

/**
 * Adds the slurs shipped on 2026-11-26 (wordlists/added-2026-11-26) to a site that copied the lists before then
 * (V22). A term the site already has, because its moderators added it, is left as they set it.
 */
public class V35__word_list_additions_2026_11_26 extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        ShippedWordListEntries.insert(context.getConnection(), WordLists.added("2026-11-26"));
    }
}
