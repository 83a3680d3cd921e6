package org.masthead.taxonomy;

import java.util.List;
import java.util.Map;
import org.masthead.web.FormState;
import org.masthead.desk.DeskFrame;

/**
 * Sections and tags in the desk. Every row has its own form; {@code form} holds the one that was sent back with
 * its errors, its fields named by their ids ("section-3-slug", "new-section-name"), so each error sits by its field.
 */
public record TaxonomyPage(DeskFrame frame, List<Section> sections, Map<Long, Integer> sectionUse, List<TagUse> tags,
        FormState form, String notice) {

    public int uses(Section s) {
        return sectionUse.getOrDefault(s.id(), 0);
    }

    /** What the field shows: as typed when its form came back, otherwise as stored. */
    public String value(String id, String stored) {
        return form.values().containsKey(id) ? form.value(id) : stored;
    }
}
