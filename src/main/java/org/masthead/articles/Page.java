package org.masthead.articles;

import java.util.List;

/** One page of a longer list; pages are numbered from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {
    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < lastPage();
    }
}
