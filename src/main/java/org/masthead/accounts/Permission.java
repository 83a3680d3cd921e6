package org.masthead.accounts;

/** Something a member of staff may be allowed to do on the desk; {@link Role#may} says who may. */
public enum Permission {
    WRITE_DRAFTS, PUBLISH_OWN, EDIT_ANY, PUBLISH_ANY, MANAGE_TAXONOMY, MANAGE_MEDIA, MODERATE_COMMENTS,
    MANAGE_WORD_LISTS, MANAGE_USERS, MANAGE_SETTINGS, VIEW_AUDIT_LOG
}
