package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

class BenchCorpusTest {
    // One WikiEvents line: the file's "text" glues the sentences; the offsets keep the separator.
    private static final String WIKI_EVENTS_LINE = """
            {"doc_id":"d1","tokens":["Two","died",".","Police","came","."],"text":"Two died.Police came.",\
            "sentences":[[[["Two",0,3],["died",4,8],[".",8,9]],"Two died."],[[["Police",10,16],["came",17,21],[".",21,22]],"Police came."]],\
            "entity_mentions":[],"event_mentions":[]}
            """;
    private static final String TRAIN_LINE = """
            {"docid":"t1","tokens":["Rebels","shelled","Idlib","."],"sentences":["Rebels shelled Idlib "],"event_mentions":[]}
            """;

    @Test
    void readsWikiEventsDevThenTestWithTextRebuiltFromOffsets(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev.jsonl"), WIKI_EVENTS_LINE, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("test.jsonl"), WIKI_EVENTS_LINE.replace("\"d1\"", "\"d2\""), StandardCharsets.UTF_8);
        BenchCorpus corpus = BenchCorpus.read(dir, false);
        assertEquals(
                List.of("d1", "d2"),
                corpus.documents().stream().map(Document::id).toList());
        assertEquals("Two died.\nPolice came.", corpus.documents().get(0).text());
        assertTrue(corpus.description().contains("dev 1 + test 1"), corpus.description());
    }

    @Test
    void addsTheTrainSubstituteWithTokensJoinedBySpacesOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev.jsonl"), WIKI_EVENTS_LINE, StandardCharsets.UTF_8);
        Path train = dir.resolve(BenchCorpus.TRAIN_SUBSTITUTE);
        Files.createDirectories(train.getParent());
        Files.writeString(train, TRAIN_LINE, StandardCharsets.UTF_8);
        assertEquals(1, BenchCorpus.read(dir, false).documents().size());
        List<Document> docs = BenchCorpus.read(dir, true).documents();
        assertEquals(2, docs.size());
        assertEquals("t1", docs.get(1).id());
        assertEquals("Rebels shelled Idlib .", docs.get(1).text());
    }

    @Test
    void rejectsATrainSubstituteLineWithoutTokens() throws Exception {
        var line = new ObjectMapper().readTree("{\"docid\":\"t1\",\"tokens\":[]}");
        var e = assertThrows(
                IllegalArgumentException.class, () -> BenchCorpus.trainSubstituteDocument(line, "train.jsonl:7"));
        assertTrue(e.getMessage().startsWith("train.jsonl:7:"), e.getMessage());
    }

    @Test
    void readsPlainArticlesWhenThePathIsNotWikiEvents(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.txt"), "Rebels shelled Idlib on Monday, officials said.\n", StandardCharsets.UTF_8);
        BenchCorpus corpus = BenchCorpus.read(dir, false);
        assertEquals(1, corpus.documents().size());
        assertEquals(dir.resolve("a.txt").toString(), corpus.documents().get(0).source());
        assertTrue(
                corpus.documents().get(0).id().startsWith("a-"),
                corpus.documents().get(0).id());
        assertThrows(IllegalArgumentException.class, () -> BenchCorpus.read(dir, true));
    }

    @Test
    void takeTruncatesOrRepeatsInOrderWithUniqueIds() {
        BenchCorpus corpus = new BenchCorpus("two", List.of(Document.of("a", "A."), Document.of("b", "B.")));
        assertEquals(List.of("a"), corpus.take(1).stream().map(Document::id).toList());
        assertEquals(
                List.of("a", "b", "a~2", "b~2", "a~3"),
                corpus.take(5).stream().map(Document::id).toList());
        assertEquals("A.", corpus.take(5).get(4).text());
        assertThrows(IllegalArgumentException.class, () -> corpus.take(0));
    }

    @Test
    void rejectsAnEmptyCorpus() {
        assertThrows(IllegalArgumentException.class, () -> new BenchCorpus("none", List.of()));
    }
}
