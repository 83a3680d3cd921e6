package org.masthead.db;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Lets one transaction at a time into SQLite, queuing the others in the JVM. SQLite admits one writer (and our
 * transactions are IMMEDIATE, so every one is a writer) and makes the rest wait in its busy handler, which sleeps
 * in steps of up to 100 ms and does not wake when the lock frees: under 32 concurrent comment posts the writers
 * mostly slept (69 comments/s, 99th percentile 1.8 s; docs/PERFORMANCE.md, "Comments"). A lock here hands the
 * database to the next transaction the moment the last one ends. Not a fair lock: handing it to the longest waiter
 * means waiting until that (virtual) thread gets a core again, while a running one could have gone in; measured,
 * unfair gave more throughput and a lower 99th percentile. Reads outside transactions do not queue.
 */
final class OneWriterAtATime extends DelegatingTransactionHandler {
    private final ReentrantLock lock;

    OneWriterAtATime(TransactionHandler delegate) {
        this(delegate, new ReentrantLock());
    }

    private OneWriterAtATime(TransactionHandler delegate, ReentrantLock lock) {
        super(delegate);
        this.lock = lock;
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new OneWriterAtATime(getDelegate().specialize(handle), lock);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
            HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            lock.unlock();
        }
    }
}
