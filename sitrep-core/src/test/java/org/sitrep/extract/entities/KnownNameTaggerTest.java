package org.sitrep.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.model.Document;
import org.sitrep.model.Token;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.Shipped;

class KnownNameTaggerTest {
    private static final ActorCatalog CATALOG = Shipped.catalog();

    @Test
    void readsTheIslamicStateAcronymAsANameNotAVerb() {
        String text = "Nusra and IS overran the town";
        Document d = Document.of("d", text)
                .withSentences(List.of(Fixtures.sentence(text, "IS/VBZ", "overran/VBD", "and/CC")));
        Document tagged = new KnownNameTagger(CATALOG).apply(d);
        DocumentAssertions.assertWellFormed(tagged);
        List<Token> tokens = tagged.sentences().get(0).tokens();
        assertEquals("NNP", tokens.get(2).partOfSpeech());
        assertEquals("VBD", tokens.get(3).partOfSpeech(), "other words keep their tags");
    }

    @Test
    void leavesTheLowerCaseVerbAlone() {
        String text = "the town is quiet";
        Document d = Document.of("d", text).withSentences(List.of(Fixtures.sentence(text, "is/VBZ", "quiet/JJ")));
        assertEquals(
                "VBZ",
                new KnownNameTagger(CATALOG)
                        .apply(d)
                        .sentences()
                        .get(0)
                        .tokens()
                        .get(2)
                        .partOfSpeech());
    }
}
