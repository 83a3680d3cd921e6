package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestDatabase;

/**
 * Items are stored a hundred to a transaction, each in its own savepoint: when the database refuses part of one
 * item (here a trigger refuses one of its comments, after its article and redirects were written), that item is
 * taken back whole and the items before and after it in the same transaction stay.
 */
class FailedItemTest {
    private static final String REFUSED = "%until an electrician has looked at it%";

    @Test
    void an_item_the_database_refuses_is_rolled_back_alone_and_comes_in_on_the_next_run() {
        Map<String, String> env = TestDatabase.freshEnvironment();
        refuseComments(env);

        WordPressRun run = WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml"));

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).containsPattern("problem: post 255 \\(line \\d+\\): the database refused it .*;"
                + " nothing of it was stored");
        assertThat(run.counts("posts")).containsExactly(6, 0, 0, 0, 1);
        assertThat(Database.query(env, "SELECT count(*) FROM articles WHERE slug = 'river-wend-peaks-quay-street-evacuated'",
                Integer.class)).as("nothing of the refused post").isZero();
        assertThat(Database.query(env, "SELECT count(*) FROM comments", Integer.class)).as("none of its comments").isZero();
        assertThat(Database.query(env, "SELECT count(*) FROM redirects WHERE source LIKE '%river-wend%' OR source = '/?p=255'",
                Integer.class)).as("none of its old addresses").isZero();
        assertThat(Database.query(env, "SELECT count(*) FROM wordpress_items"
                + " WHERE (kind = 'post' AND wp_key = '255') OR (kind = 'comment' AND wp_key = '2271')",
                Integer.class)).as("no ledger rows for it or its comments").isZero();
        assertThat(Database.query(env, "SELECT count(*) FROM articles", Integer.class))
                .as("the posts before and after it, in the same transaction").isEqualTo(6);

        Database.execute(env, "DROP TRIGGER refuse_comment" + (TestDatabase.onPostgres() ? " ON comments" : ""));
        WordPressRun again = WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml"));

        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.counts("posts")).containsExactly(1, 0, 6, 0, 0);
        assertThat(again.counts("comments")).containsExactly(15, 0, 0, 0, 0);
    }

    /** A trigger of the test's own: the database refuses the comment whose text matches {@link #REFUSED}. */
    private static void refuseComments(Map<String, String> env) {
        if (TestDatabase.onPostgres()) {
            Database.execute(env, """
                    CREATE FUNCTION refuse_comment() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.body_text LIKE '%s' THEN RAISE EXCEPTION 'comment refused by the test'; END IF;
                        RETURN NEW;
                    END $$""".formatted(REFUSED));
            Database.execute(env, "CREATE TRIGGER refuse_comment BEFORE INSERT ON comments FOR EACH ROW"
                    + " EXECUTE FUNCTION refuse_comment()");
        } else {
            Database.execute(env, "CREATE TRIGGER refuse_comment BEFORE INSERT ON comments WHEN NEW.body_text LIKE '"
                    + REFUSED + "' BEGIN SELECT RAISE(ABORT, 'comment refused by the test'); END");
        }
    }
}
