package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge bundle, with the gazetteer (seconds to load, so an IT). */
class KnowledgeIT {
    @Test
    void loadsEveryPieceOnceWithTheUsersActors(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, """
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                arsal-militia\tArsal Defence Brigade\tORGANIZATION\tArsal brigade\tLB\tREB\t4\t-
                """);
        Knowledge knowledge = Knowledge.load(Optional.of(mine));
        assertEquals(
                "arsal-militia",
                knowledge.actors().lookup("Arsal Brigade").orElseThrow().id());
        assertSame(knowledge.actors().countries(), knowledge.countries(), "one country table for actors and places");
        assertTrue(knowledge.ontology().family("attack").contains("AIRSTRIKE"));
        assertTrue(knowledge.lexicon().size() > 400);
        assertEquals("Armed clash", knowledge.coding().codes("CLASH").acledSubEvent());
        assertTrue(knowledge.words().get("support-verbs").contains("launch"));
        assertSame(knowledge.gazetteer(), knowledge.gazetteer(), "loaded once, on its own thread");
        assertEquals(1, knowledge.gazetteer().candidates("Arsal").size());
    }
}
