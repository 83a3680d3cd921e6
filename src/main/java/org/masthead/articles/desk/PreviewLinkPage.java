package org.masthead.articles.desk;

import org.masthead.articles.Story;
import org.masthead.desk.DeskFrame;

/** A private preview link just made: the only time its address can be shown. */
public record PreviewLinkPage(DeskFrame frame, Story story, String url) {}
