package org.masthead.comments;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.masthead.web.BadInput;
import org.masthead.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live comments: readers with an article open hold a Server-Sent Events stream, and every comment published on
 * that article is sent to them as an {@code event: comment} with its rendered {@code <li>}.
 *
 * <p>Each open stream has its own queue, drained by its own virtual thread, so a slow reader delays nobody (the
 * poster's answer least of all) and events reach each reader in order. After {@link #PING} without events the
 * thread sends an SSE comment: proxies and load balancers close streams that stay silent, and a write is also the
 * only way to notice a reader who left, whose stream is then closed and forgotten.
 *
 * <p>Events carry the comment id as their SSE id, so a browser reconnecting after a network hiccup (with
 * Last-Event-ID) or a page opening its stream (with {@code ?after=}) first gets what it missed, up to {@link #REPLAY}.
 *
 * <p>In a cluster, events arrive only at readers connected to the node that stored the comment. Fanning them out
 * to every node through PostgreSQL LISTEN/NOTIFY (as the page caches will be kept fresh) is future work; until
 * then, readers on other nodes see new comments when they reload, or on their stream's next replay.
 */
public final class LiveComments implements CommentListener {
    static final Duration PING = Duration.ofSeconds(25);
    static final int REPLAY = 50;
    /** Streams per node; each holds a connection, so past this new readers get a normal page without live updates. */
    private static final int MAX_STREAMS = 10_000;
    /** Events waiting for one reader; a reader this far behind is disconnected and catches up on reconnect. */
    private static final int MAX_BACKLOG = 256;
    private static final Logger LOG = LoggerFactory.getLogger(LiveComments.class);

    private record Event(long id, String json) {}

    private static final Event CLOSE = new Event(-1, "");

    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final CommentFragments fragments;
    private final CommentThreads threads;

    public LiveComments(Templates templates, CommentThreads threads) {
        this.fragments = new CommentFragments(templates, threads);
        this.threads = threads;
    }

    /** Refuses a new stream when this node already holds as many as it should. */
    void requireCapacity() {
        if (open.get() >= MAX_STREAMS) {
            throw new BadInput(503, "Live comments are busy right now; reload the page to see new comments.");
        }
    }

    /**
     * Keeps {@code client} open and sends it the article's new comments, starting with those after {@code afterId}
     * (null: only those from now on).
     */
    void subscribe(SseClient client, long articleId, Long afterId) {
        Stream stream = new Stream(client, articleId);
        client.keepAlive();
        client.onClose(() -> forget(stream));
        open.incrementAndGet();
        streams.compute(articleId, (id, set) -> {
            Set<Stream> readers = set == null ? ConcurrentHashMap.newKeySet() : set;
            readers.add(stream);
            return readers;
        });
        // Registered before looking up what was missed: a comment committed in between is in one or both.
        Thread.ofVirtual().name("live-comments-" + articleId)
                .start(() -> stream.pump(() -> afterId == null ? List.of() : missed(articleId, afterId)));
    }

    @Override
    public void published(CommentRow comment, CommentRow parent, String articleTitle, String articlePath) {
        Set<Stream> readers = streams.get(comment.articleId());
        if (readers == null || readers.isEmpty()) return;
        try {
            Event event = event(comment, threads.count(comment.articleId()));
            readers.forEach(s -> s.offer(event));
        } catch (RuntimeException e) {
            LOG.warn("live comment {} not sent", comment.id(), e);
        }
    }

    /** Closes every stream, when the server stops. */
    public void closeAll() {
        streams.values().forEach(set -> set.forEach(Stream::stop));
    }

    private void forget(Stream stream) {
        streams.computeIfPresent(stream.articleId, (id, readers) -> {
            if (readers.remove(stream)) open.decrementAndGet();
            return readers.isEmpty() ? null : readers;
        });
        stream.stop();
    }

    private List<Event> missed(long articleId, long afterId) {
        int count = threads.count(articleId);
        List<Event> events = new ArrayList<>();
        for (CommentRow row : threads.latestPublished(articleId, REPLAY).reversed()) {
            if (row.id() > afterId) events.add(event(row, count));
        }
        return events;
    }

    private Event event(CommentRow row, int count) {
        return new Event(row.id(), CommentJson.text(
                new CommentJson.Published(row.id(), row.parentId(), row.authorName(), fragments.html(row), count)));
    }

    /** One reader's stream: a queue of events and the virtual thread that writes them out. */
    private static final class Stream {
        private final SseClient client;
        private final long articleId;
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>(MAX_BACKLOG);

        Stream(SseClient client, long articleId) {
            this.client = client;
            this.articleId = articleId;
        }

        void offer(Event event) {
            if (!queue.offer(event)) stop();
        }

        /** Asks the stream's own thread to close it, so no other thread closes it in the middle of a write. */
        void stop() {
            queue.clear();
            queue.offer(CLOSE);
        }

        void pump(Supplier<List<Event>> missed) {
            Set<Long> sent = new HashSet<>();
            try {
                client.sendComment("live"); // tells a client (and tests) that new comments will now reach it
                for (Event e : missed.get()) {
                    send(e);
                    sent.add(e.id());
                }
                while (!client.terminated()) {
                    Event e = queue.poll(PING.toMillis(), TimeUnit.MILLISECONDS);
                    if (e == CLOSE) return;
                    if (e == null) client.sendComment("ping");
                    else if (!sent.contains(e.id())) send(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("live comments stream for article {} failed", articleId, e);
            } finally {
                client.close();
            }
        }

        private void send(Event e) {
            if (!client.terminated()) client.sendEvent("comment", e.json(), Long.toString(e.id()));
        }
    }
}
