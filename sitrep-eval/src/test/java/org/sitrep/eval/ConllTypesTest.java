package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;

class ConllTypesTest {
    //                                  0    5    10   15   20
    private static final String TEXT = "Rain hit Oslo .\nKari Nordmann";
    private static final List<CharSpan> TOKENS = List.of(
            new CharSpan(0, 4),
            new CharSpan(5, 8),
            new CharSpan(9, 13),
            new CharSpan(14, 15),
            new CharSpan(16, 20),
            new CharSpan(21, 29));

    @Test
    void mapsSitrepTypesToConllTypes() {
        assertEquals("PER", ConllTypes.of(EntityType.PERSON));
        assertEquals("ORG", ConllTypes.of(EntityType.ORGANIZATION));
        assertEquals("LOC", ConllTypes.of(EntityType.GPE));
        assertEquals("LOC", ConllTypes.of(EntityType.FACILITY));
        assertEquals("MISC", ConllTypes.of(EntityType.NORP));
    }

    @Test
    void keepsNamesOnTokenBoundariesAndFlagsTheRest() {
        Document doc = Document.of("d", TEXT)
                .withMentions(List.of(
                        mention(9, 13, EntityType.GPE, EntityMention.Kind.NAME),
                        mention(16, 29, EntityType.PERSON, EntityMention.Kind.NAME),
                        mention(9, 11, EntityType.GPE, EntityMention.Kind.NAME), // "Os": not a token edge
                        mention(0, 4, EntityType.MISC, EntityMention.Kind.NOMINAL))); // not a name: ignored
        ConllTypes.Aligned aligned = ConllTypes.names(doc, TOKENS);
        assertEquals(List.of(new Chunk(2, 3, "LOC"), new Chunk(4, 6, "PER")), aligned.chunks());
        assertEquals(List.of("LOC"), aligned.unalignedTypes());
    }

    private static EntityMention mention(int begin, int end, EntityType type, EntityMention.Kind kind) {
        CharSpan span = new CharSpan(begin, end);
        return new EntityMention(span, TEXT.substring(begin, end), type, kind, 0, span);
    }
}
