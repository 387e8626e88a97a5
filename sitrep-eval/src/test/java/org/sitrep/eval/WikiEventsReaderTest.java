package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;

class WikiEventsReaderTest {
    // Hand-made document in the WikiEvents layout: two sentences, the second starting one character
    // after the first ends (the file's "text" drops that separator).
    private static final String JSON = """
            {"doc_id":"d1","tokens":["Two","died",".","Police","came","."],"text":"Two died.Police came.",
             "sentences":[[[["Two",0,3],["died",4,8],[".",8,9]],"Two died."],
                          [[["Police",10,16],["came",17,21],[".",21,22]],"Police came."]],
             "entity_mentions":[{"id":"d1-T1","start":0,"end":1,"text":"Two"},
                                {"id":"d1-T2","start":3,"end":4,"text":"Police"}],
             "event_mentions":[{"id":"d1-E1","event_type":"Life.Die.Unspecified",
                                "trigger":{"start":1,"end":2,"text":"died","sent_idx":0},
                                "arguments":[{"entity_id":"d1-T1","role":"Victim","text":"Two"}]},
                               {"id":"d1-E2","event_type":"Movement.Transportation.Unspecified",
                                "trigger":{"start":3,"end":5,"text":"Police came","sent_idx":1},"arguments":[]}]}
            """;

    @Test
    void rebuildsTheTextSoTokenOffsetsHold() throws Exception {
        Gold.Doc d = new WikiEventsReader().parse(new ObjectMapper().readTree(JSON), "test");
        assertEquals("Two died.\nPolice came.", d.text());
        assertEquals(6, d.tokens().size());
    }

    @Test
    void convertsTriggersAndArgumentHeadsToCharacterSpans() throws Exception {
        Gold.Doc d = new WikiEventsReader().parse(new ObjectMapper().readTree(JSON), "test");
        assertEquals(
                new Gold.Event(
                        "Life.Die.Unspecified",
                        new CharSpan(4, 8),
                        List.of(new Gold.Argument("Victim", new CharSpan(0, 3)))),
                d.events().get(0));
        assertEquals(new CharSpan(10, 21), d.events().get(1).trigger());
    }

    @Test
    void anArgumentCarriesTheMentionsCoreferentWithIt() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Gold.Doc d = new WikiEventsReader()
                .parse(mapper.readTree(JSON), mapper.readTree("[[\"d1-T2\", \"d1-T1\"]]"), "test");
        assertEquals(
                List.of(new CharSpan(0, 3), new CharSpan(10, 16)),
                d.events().get(0).arguments().get(0).mentions());
    }
}
