package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetrarchRecordTest {
    private static final String FILE = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            # a comment header with < and & that is not XML
            <Sentences>
            <Sentence category="GOLD" date="20150609" id="G_1" evaluate="true"/>
            <EventCoding eventcode="190" sourcecode="USA" targetcode="IRQREB" />
            <EventCoding eventcode="0841" sourcecode="IRQGOV" targetcode="---CVL" />
            <Text>
            Invented forces fought
            rebels &amp; freed hostages.
            </Text>
            <Parse>
            1	Invented	invented	ADJ	JJ	_	2	amod	_	_
            </Parse>
            </Sentence>
            <Sentence category="TEST" date="121108" id="T_2" evaluate="true"/>
            <EventCoding noevents="True" />
            <Text>Nothing happened.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsSentencesTheirCodingsAndTextLeniently() {
        List<PetrarchRecord> records = PetrarchRecord.parse(FILE, "v.xml");
        assertEquals(2, records.size());
        PetrarchRecord first = records.get(0);
        assertEquals("G_1", first.id());
        assertEquals("GOLD", first.category());
        assertEquals(Optional.of(LocalDate.of(2015, 6, 9)), first.date());
        assertEquals("Invented forces fought rebels & freed hostages.", first.text());
        assertEquals(
                List.of(
                        new PetrarchRecord.Coding("190", "USA", "IRQREB"),
                        new PetrarchRecord.Coding("0841", "IRQGOV", "---CVL")),
                first.codings());
        assertEquals("08", first.codings().get(1).root());
    }

    @Test
    void aNoEventsCodingMeansNoCodingsAndABadDateMeansNoDate() {
        PetrarchRecord second = PetrarchRecord.parse(FILE, "v.xml").get(1);
        assertEquals(List.of(), second.codings());
        assertEquals(Optional.empty(), second.date());
    }
}
