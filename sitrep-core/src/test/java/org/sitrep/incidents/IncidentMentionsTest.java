package org.sitrep.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Modality;

class IncidentMentionsTest {
    @Test
    void countsAnOutletByTheHostOfTheUrlInTheSource() {
        assertEquals("bbc.co.uk", IncidentMentions.outlet("https://www.BBC.co.uk/news/1 (crawl.warc.gz@512)", "a-1"));
        assertEquals("wire.example", IncidentMentions.outlet("https://wire.example/mosul", "a-1"));
    }

    @Test
    void countsAnArticleWithoutUrlAsItsOwnOutlet() {
        assertEquals("article:a-1", IncidentMentions.outlet("news/feed.jsonl#3", "a-1"));
        assertEquals("article:a-2", IncidentMentions.outlet("C:\\news\\story.txt", "a-2"));
    }

    @Test
    void leavesOutEventsThatDidNotHappenOrNotYet() {
        assertFalse(IncidentMentions.joinsIncidents(Modality.NEGATED));
        assertFalse(IncidentMentions.joinsIncidents(Modality.FUTURE));
        assertTrue(IncidentMentions.joinsIncidents(Modality.REPORTED));
        assertTrue(IncidentMentions.joinsIncidents(Modality.UNCERTAIN));
    }
}
