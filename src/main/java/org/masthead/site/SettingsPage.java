package org.masthead.site;

import org.masthead.web.FormState;
import org.masthead.desk.DeskFrame;

/** The site settings form, as stored or as typed with its errors. */
public record SettingsPage(DeskFrame frame, FormState form, String notice) {}
