package org.masthead.media;

import org.masthead.web.FormState;
import org.masthead.desk.DeskFrame;

/** One picture of the library with the form to change its alt text, caption and credit. */
public record MediaItemPage(DeskFrame frame, Image image, FormState form, String notice) {}
