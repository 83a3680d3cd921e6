package org.masthead.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.masthead.Newsroom;
import org.masthead.articles.Story;
import org.masthead.comments.CommentRefused;
import org.masthead.comments.Comments;
import org.masthead.comments.ImportedComment;
import org.masthead.comments.NewComment;

/**
 * The demo's reader comments: the heated debate under the Zhdanov Street story (demo/comments-heated-thread.txt),
 * posted one by one through moderation, and three busy discussions of a few hundred comments each, generated from
 * sentence fragments written for the demo and imported in one transaction per article.
 */
public final class DemoComments {
    static final String HEATED_ARTICLE = "council-votes-to-rename-zhdanov-street";
    /** The busy discussions: article slug and number of comments. */
    static final Map<String, Integer> BUSY_ARTICLES = new LinkedHashMap<>(Map.of(
            "marsh-road-tram-extension-delayed-again", 380,
            "how-inflation-is-actually-measured", 240,
            "saltmarsh-draft-budget-cuts-library-hours", 310));
    /**
     * The comments of the debate that must not go live unreviewed. The classifier holds them by itself (an insult,
     * a veiled threat); the demo holds them by name as well, so the story it tells does not hang on a retrained
     * model's exact scores.
     */
    private static final Map<String, String> HELD = Map.of(
            "c8", "insults another reader",
            "c11", "hints that someone should hurt a councillor");

    private final Newsroom newsroom;

    public DemoComments(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    /** Loads all demo comments; returns how many were stored. */
    public int load() {
        int stored = loadHeatedThread();
        long seed = 7;
        for (var busy : BUSY_ARTICLES.entrySet()) {
            Story story = story(busy.getKey());
            var discussion = generate(new Random(seed++), busy.getValue(), 0.3, story.publishedAt().plus(Duration.ofMinutes(20)));
            stored += newsroom.comments.importAll(story.id(), discussion);
        }
        return stored;
    }

    private int loadHeatedThread() {
        Story story = story(HEATED_ARTICLE);
        Map<String, Long> ids = new HashMap<>();
        List<Map<String, String>> blocks = parse(DemoContent.resource("/demo/comments-heated-thread.txt"));
        blocks.sort(Comparator.comparingInt(b -> Integer.parseInt(b.get("minutes-after"))));
        Set<String> unseen = new HashSet<>();
        for (Map<String, String> b : blocks) {
            String id = b.get("id");
            String parent = b.getOrDefault("parent", "");
            // An answer to a comment readers never see (c12 answers the held c11; moderation may hold others) cannot
            // exist: it is left out.
            if (unseen.contains(parent)) {
                unseen.add(id);
                continue;
            }
            var comment = new NewComment(story.id(), parent.isEmpty() ? null : ids.get(parent), b.get("name"),
                    b.get("email"), b.get("text"), false, null, null, null);
            Instant at = story.publishedAt().plus(Duration.ofMinutes(Integer.parseInt(b.get("minutes-after"))));
            Comments.Posted posted;
            try {
                posted = HELD.containsKey(id) ? newsroom.comments.holdAsOf(comment, at, HELD.get(id))
                        : newsroom.comments.postAsOf(comment, at);
            } catch (CommentRefused refused) {
                unseen.add(id);
                continue;
            }
            if (!posted.verdict().published()) unseen.add(id);
            ids.put(id, posted.comment().id());
        }
        return ids.size();
    }

    private Story story(String slug) {
        return newsroom.articles.publishedStory(slug)
                .orElseThrow(() -> new IllegalStateException("demo article " + slug + " is missing"));
    }

    /** Blocks of "key: value" lines separated by blank lines. */
    static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> blocks = new ArrayList<>();
        for (String block : text.strip().split("\n\\s*\n")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : block.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            blocks.add(fields);
        }
        return blocks;
    }

    /**
     * A lively discussion of {@code count} comments from {@code first} on: about {@code newThreads} of them start a
     * thread, the others answer a comment in one of the most recent threads, up to five levels deep. The same
     * readers come back again and again, and some comments have a few likes. The same seed gives the same discussion.
     */
    public static List<ImportedComment> generate(Random random, int count, double newThreads, Instant first) {
        List<ImportedComment> out = new ArrayList<>(count);
        List<List<ImportedComment>> threads = new ArrayList<>();
        Map<String, ImportedComment> byKey = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Instant at = first;
        for (int i = 0; i < count; i++) {
            List<ImportedComment> thread = null;
            ImportedComment parent = null;
            if (!threads.isEmpty() && random.nextDouble() >= newThreads) {
                thread = threads.get(threads.size() - 1 - random.nextInt(Math.min(8, threads.size())));
                parent = thread.get(random.nextInt(thread.size()));
                // As on the site: an answer to a comment five levels deep goes next to it.
                if (depth.get(parent.key()) == 5) parent = byKey.get(parent.parentKey());
            }
            String[] reader = DemoFragments.READERS[skewed(random, DemoFragments.READERS.length)];
            int likes = random.nextInt(6) == 0 ? 1 + random.nextInt(12) : 0;
            var comment = new ImportedComment("g" + i, parent == null ? null : parent.key(), reader[0], reader[1],
                    DemoFragments.comment(random, parent != null), at, likes);
            if (thread == null) {
                thread = new ArrayList<>();
                threads.add(thread);
            }
            thread.add(comment);
            out.add(comment);
            byKey.put(comment.key(), comment);
            depth.put(comment.key(), parent == null ? 1 : depth.get(parent.key()) + 1);
            at = at.plusSeconds(20 + random.nextInt(400));
        }
        return out;
    }

    /** An index from 0 to n-1 where low indexes come up much more often: regulars and occasional readers. */
    private static int skewed(Random random, int n) {
        double x = random.nextDouble();
        return (int) (n * x * x * x);
    }
}
