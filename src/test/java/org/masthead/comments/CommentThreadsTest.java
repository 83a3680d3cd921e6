package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.Newsroom;
import org.masthead.articles.ArticleRef;
import org.masthead.config.Settings;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestDatabase;

/** Reading discussions straight from the database: whole threads, in reading order, a page at a time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentThreadsTest {
    private final TestClock clock = TestClock.startingNow();
    private final Newsroom newsroom = new Newsroom(Settings.load(TestDatabase.freshEnvironment()), clock);
    private final Fixtures fixtures = new Fixtures(newsroom).basics();
    private final AtomicInteger statements = new AtomicInteger();

    CommentThreadsTest() {
        newsroom.database.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    @AfterAll
    void close() {
        newsroom.close();
    }

    @BeforeEach
    void aLittleLater() {
        clock.advance(Duration.ofMinutes(2));
    }

    private ArticleRef article(String title) {
        return newsroom.articles.ref(fixtures.publish(title, "Body of " + title)).orElseThrow();
    }

    private long comment(ArticleRef article, Long parent, String name) {
        clock.advance(Duration.ofSeconds(1));
        return fixtures.comment(article.id(), parent, name, name + " here, with a question about the timetable.");
    }

    private CommentSection page(ArticleRef article, int page) {
        return newsroom.commentThreads.section(article, CommentSort.OLDEST, page);
    }

    /** The section flattened in display order: "name@depth". */
    private static List<String> reading(List<Comment> comments) {
        List<String> out = new ArrayList<>();
        for (Comment c : comments) {
            out.add(c.authorName() + "@" + c.depth());
            out.addAll(reading(c.replies()));
        }
        return out;
    }

    @Test
    void replies_come_under_the_comment_they_answer_in_the_order_they_were_written() {
        ArticleRef article = article("Threads in reading order");
        long root = comment(article, null, "Root");
        long a = comment(article, root, "A");
        comment(article, null, "Second root");
        comment(article, a, "B");
        comment(article, root, "C");
        comment(article, a, "D");
        assertThat(reading(page(article, 1).threads()))
                .containsExactly("Root@1", "A@2", "B@3", "D@3", "C@2", "Second root@1");
    }

    @Test
    void a_page_holds_twenty_whole_threads_however_many_replies_they_have() {
        ArticleRef article = article("Twenty threads a page");
        List<Long> roots = new ArrayList<>();
        for (int i = 1; i <= 45; i++) roots.add(comment(article, null, "Thread " + i));
        long parent = roots.get(20); // thread 21, the first on page 2
        for (int i = 0; i < 30; i++) parent = comment(article, i % 4 == 0 ? roots.get(20) : parent, "Reply " + i);

        CommentSection second = page(article, 2);
        assertThat(second.threads()).hasSize(20);
        assertThat(second.threads().getFirst().authorName()).isEqualTo("Thread 21");
        assertThat(reading(second.threads().subList(0, 1))).hasSize(31);
        assertThat(second.lastPage()).isEqualTo(3);
        assertThat(page(article, 3).threads()).extracting(Comment::authorName).first().isEqualTo("Thread 41");
        assertThat(page(article, 3).threads()).hasSize(5);
        assertThat(second.count()).isEqualTo(75);
    }

    @Test
    void reading_a_page_takes_the_same_few_queries_however_many_replies_it_shows() {
        ArticleRef small = article("Small discussion");
        comment(small, comment(small, null, "One"), "Two");
        ArticleRef big = article("Big discussion");
        for (int t = 0; t < 20; t++) {
            long parent = comment(big, null, "Thread " + t);
            for (int r = 0; r < 8; r++) parent = comment(big, parent, "Reply " + r); // five deep, then beside
        }
        statements.set(0);
        page(small, 1);
        int forSmall = statements.get();
        statements.set(0);
        CommentSection bigPage = page(big, 1);
        assertThat(reading(bigPage.threads())).hasSize(180);
        assertThat(statements.get()).isEqualTo(forSmall);
    }

    @Test
    void the_page_of_a_reply_is_the_page_of_its_thread() {
        ArticleRef article = article("Which page");
        List<Long> roots = new ArrayList<>();
        for (int i = 1; i <= 41; i++) roots.add(comment(article, null, "Thread " + i));
        long reply = comment(article, comment(article, roots.get(40), "Answer"), "Answer to the answer");
        assertThat(newsroom.commentThreads.pageOf(newsroom.comments.find(reply))).hasValue(3);
        assertThat(newsroom.commentThreads.pageOf(newsroom.comments.find(roots.get(19)))).hasValue(1);
        assertThat(newsroom.commentThreads.pageOf(newsroom.comments.find(roots.get(20)))).hasValue(2);
    }

    @Test
    void an_imported_discussion_keeps_its_threads_depth_limit_and_likes() {
        ArticleRef article = article("Imported");
        var at = clock.instant();
        int stored = newsroom.comments.importAll(article.id(), List.of(
                new ImportedComment("1", null, "Root", "r@example.org", "Root text", at, 3),
                new ImportedComment("2", "1", "L2", "a@example.org", "Level two", at.plusSeconds(1), 0),
                new ImportedComment("3", "2", "L3", "a@example.org", "Level three", at.plusSeconds(2), 0),
                new ImportedComment("4", "3", "L4", "a@example.org", "Level four", at.plusSeconds(3), 0),
                new ImportedComment("5", "4", "L5", "a@example.org", "Level five", at.plusSeconds(4), 0),
                new ImportedComment("6", "5", "Beside L5", "b@example.org", "Answer to five", at.plusSeconds(5), 1)));
        assertThat(stored).isEqualTo(6);
        CommentSection section = page(article, 1);
        assertThat(reading(section.threads())).containsExactly("Root@1", "L2@2", "L3@3", "L4@4", "L5@5", "Beside L5@5");
        assertThat(section.threads().getFirst().likes()).isEqualTo(3);
        assertThat(section.count()).isEqualTo(6);
    }

    @Test
    void an_import_with_one_bad_comment_stores_none_of_it() {
        ArticleRef article = article("Bad import");
        var at = clock.instant();
        int before = fixtures.storedComments();
        var discussion = List.of(new ImportedComment("1", null, "Root", "r@example.org", "Fine", at, 0),
                new ImportedComment("2", "1", "Bad", "b@example.org", "<script>alert(1)</script>", at.plusSeconds(1), 0));
        assertThatThrownBy(() -> newsroom.comments.importAll(article.id(), discussion))
                .hasMessageContaining("Comment 2").hasMessageContaining("HTML");
        var orphan = List.of(new ImportedComment("1", "missing", "Orphan", "o@example.org", "Hello", at, 0));
        assertThatThrownBy(() -> newsroom.comments.importAll(article.id(), orphan))
                .hasMessageContaining("answers missing");
        assertThat(fixtures.storedComments()).isEqualTo(before);
        assertThat(newsroom.commentThreads.count(article.id())).isZero();
    }
    @Test
    void every_comments_page_stays_right_through_holds_deletions_and_moderators() {
        ArticleRef article = article("Counted threads");
        List<Long> roots = new ArrayList<>();
        for (int i = 1; i <= 30; i++) roots.add(comment(article, null, "Reader " + i));
        // Held while 15 more threads arrive, approved afterwards: it takes its place among the older threads.
        long held = newsroom.comments.holdAsOf(new NewComment(article.id(), null, "Held", "held@example.org",
                "Waiting for a moderator", false, null, null, null), clock.instant(), "test").comment().id();
        long reply = comment(article, roots.get(3), "Replier");
        clock.advance(Duration.ofSeconds(1));
        long ownThread = newsroom.comments.post(new NewComment(article.id(), null, "Owner", "owner@example.org",
                "Mine to delete", false, null, "owner-key", null)).comment().id();
        for (int i = 31; i <= 45; i++) roots.add(comment(article, null, "Reader " + i));

        newsroom.comments.reject(roots.get(0));          // a thread leaves the discussion
        newsroom.comments.approve(held);                 // one joins it in the middle
        newsroom.comments.delete(ownThread, "owner-key"); // deleted, it keeps its place for readers
        newsroom.comments.reject(reply);                  // a reply: threads do not move

        List<Long> visible = newsroom.database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id FROM comments WHERE article_id = :id AND parent_id IS NULL
                           AND status IN ('published', 'deleted') ORDER BY created_at, id""")
                .bind("id", article.id()).mapTo(Long.class).list());
        assertThat(visible).hasSize(46).contains(held, ownThread).doesNotContain(roots.get(0));
        for (int i = 0; i < visible.size(); i++) {
            assertThat(newsroom.commentThreads.pageOf(newsroom.comments.find(visible.get(i))))
                    .as("page of thread %d", i + 1).hasValue(i / 20 + 1);
        }
        assertThat(page(article, 1).lastPage()).isEqualTo(3);
        assertThat(reading(page(article, 3).threads())).hasSize(6);
    }
}
