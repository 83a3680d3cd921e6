package org.masthead.moderation;

/** Why a phase decided what it did: the phase, a stable code for machines, and a sentence for people. */
public record Reason(String phase, String code, String detail) {}
