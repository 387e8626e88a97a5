package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverRecordTest {
    private static final Set<String> ISO3 = Set.of("FRA", "DEU");
    private static final String FILE = """
            [
            {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "comment": "about the file",},
            {"id": "X-DEMAND-0001", "date": "2001-02-03",
             "source": [{"actorText": "French", "code": "FRA", "sector": "GOV"},],
             "target": [{"actorText": "German", "code": "DEU"}],
             "event": "DEMAND", "text": " Invented officials demanded talks. ",
             "eventLoc": {"name": "Lyon", "country code": "FR"},
            },
            {"id": "X-AGREE-0001", "source": [{"actorText": "UN", "code": "IGO"}], "target": "",
             "event": "AGREE", "text": "Invented envoys agreed.", "eventLoc": {"name": "France"}}
            ]
            """;

    @Test
    void readsRecordsDespiteTrailingCommasAndSkipsDocumentRecords() {
        List<PloverRecord> records = PloverRecord.parse(FILE, "f.txt", ISO3);
        assertEquals(2, records.size());
        PloverRecord demand = records.get(0);
        assertEquals("DEMAND", demand.event());
        assertEquals("Invented officials demanded talks.", demand.text());
        assertEquals(Optional.of(LocalDate.of(2001, 2, 3)), demand.date());
        assertEquals(Optional.of("FRA"), demand.sources().get(0).country());
        assertEquals(Optional.of("GOV"), demand.sources().get(0).sector());
        assertEquals(Optional.of("DEU"), demand.targets().get(0).country());
        assertEquals(Optional.of("FR"), demand.placeCountry());
    }

    @Test
    void aTargetThatIsNotAListIsNoActor() {
        PloverRecord agree = PloverRecord.parse(FILE, "f.txt", ISO3).get(1);
        assertTrue(agree.targets().isEmpty());
        assertEquals(Optional.empty(), agree.date());
        assertEquals(Optional.of("IGO"), agree.sources().get(0).group());
        assertEquals(Optional.of("France"), agree.placeName());
        assertEquals(Optional.empty(), agree.placeCountry());
    }

    @Test
    void namesTheRecordWithoutText() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PloverRecord.parse("[{\"id\": \"X-1\", \"event\": \"AID\"}]", "f.txt", ISO3));
        assertEquals("f.txt: X-1 has no event or no text", e.getMessage());
    }
}
