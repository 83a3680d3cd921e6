package org.masthead.articles;

import java.util.List;
import org.masthead.taxonomy.Section;
import org.masthead.web.Frame;

/** The front page: the lead story, the latest stories, then a block per section. */
public record HomePage(Frame frame, Teaser lead, List<Teaser> latest, List<SectionBlock> sections) {
    public record SectionBlock(Section section, List<Teaser> stories) {}
}
