package org.sitrep.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>d1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2016-01-07" functionInDocument="CREATION_TIME">20160107</TIMEX3></DCT>
            <TEXT>
            Rebels &amp; troops <EVENT eid="e1" class="OCCURRENCE">clashed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-01-05">on Tuesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="MORE_THAN">more than three days</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
            <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
            <TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
            <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t2"/>
            </TimeML>
            """;

    private static TimeMlDoc read(String xml) {
        return new TimeMlReader().read("d1", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheDctTheTextWithoutTagsAndTheTimexesWithTheirOffsets() {
        TimeMlDoc doc = read(DOC);
        assertEquals(LocalDate.of(2016, 1, 7), doc.dct());
        assertEquals("\nRebels & troops clashed on Tuesday for more than three days.\n", doc.text());
        assertEquals(
                List.of(
                        new TimexSpan(25, 35, "DATE", Optional.of("2016-01-05"), Optional.empty()),
                        new TimexSpan(40, 60, "DURATION", Optional.of("P3D"), Optional.of("MORE_THAN"))),
                doc.timexes());
        assertEquals("on Tuesday", doc.text().substring(25, 35));
    }

    @Test
    void givesAnEventTheDateATlinkPutsItInPreferringADateOfTheTextToTheDct() {
        assertEquals(List.of(new GoldEventTime(17, 24, "2016-01-05")), read(DOC).eventTimes());
        assertEquals("clashed", read(DOC).text().substring(17, 24));
    }

    @Test
    void rejectsADocumentWithoutACreationTime() {
        var e = assertThrows(IllegalArgumentException.class, () -> read("<TimeML><TEXT>Now.</TEXT></TimeML>"));
        assertEquals("no <DCT><TIMEX3 value=...> in d1", e.getMessage());
    }
}
