package org.masthead.desk;

/** The desk's front page: where a member lands after signing in, with the sections their role may use. */
public record DashboardPage(DeskFrame frame) {}
