package org.masthead.mail;

import java.util.Map;

/**
 * One message to one person: a plain-text body every mail program can show, an HTML body for those that
 * prefer it, and extra headers (List-Unsubscribe...). {@code kind} names it in the log ("reply", "reset")
 * so failures can be reported without printing the body, which may hold a secret link.
 */
public record Mail(String kind, String to, String subject, String text, String html, Map<String, String> headers) {
    public Mail {
        headers = Map.copyOf(headers);
        // A line break in a subject could start a new header; names and titles come from readers.
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
