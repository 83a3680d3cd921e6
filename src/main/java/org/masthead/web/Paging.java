package org.masthead.web;

import io.javalin.http.Context;

/** Reads the {@code ?page=N} parameter of list pages. */
public final class Paging {
    public static final int MAX_PAGE = 10_000;

    private Paging() {}

    public static int page(Context ctx) {
        String raw = ctx.queryParam("page");
        if (raw == null) return 1;
        if (!raw.matches("[0-9]{1,5}")) throw new BadInput("The page number must be a whole number such as 2.");
        int page = Integer.parseInt(raw);
        if (page < 1 || page > MAX_PAGE) throw new BadInput("There is no page " + raw + ".");
        return page;
    }

    /** Asking for page 7 of a 3-page list is a link to nothing. */
    public static void requireExists(int page, int lastPage) {
        if (page > lastPage) throw new BadInput(404, "This list has only " + lastPage + " page" + (lastPage == 1 ? "" : "s") + ".");
    }
}
