package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.data.WordLists;
import org.sitrep.eval.timex.TimeMlDoc;
import org.sitrep.eval.timex.TimeMlReader;
import org.sitrep.language.LanguageCheck;

/**
 * The language check raises no false alarm on English corpora (train and dev splits only), when ../shared/data is
 * there: WikiEvents dev, CoNLL-2003 train and testa, TimeBank (1,365 documents, news and newswire tables).
 */
class LanguageFalseAlarmsIT {
    private static final Path DATA = Path.of("../shared/data");
    private static final LanguageCheck CHECK = LanguageCheck.load(WordLists.load());

    @Test
    void wikiEventsDev() throws IOException {
        Path file = present("wikievents/dev.jsonl");
        assertNoAlarm(
                new WikiEventsReader().read(file).stream().map(Gold.Doc::text).toList());
    }

    @Test
    void conll2003TrainAndTesta() throws IOException {
        for (String split : List.of("conll2003/eng.train", "conll2003/eng.testa")) {
            assertNoAlarm(new ConllReader()
                    .read(present(split)).stream().map(ConllDoc::text).toList());
        }
    }

    @Test
    void timeBank() throws IOException {
        Path dir = present("time/tempeval3/TBAQ-cleaned/TimeBank");
        assertNoAlarm(
                new TimeMlReader().readAll(dir).stream().map(TimeMlDoc::text).toList());
    }

    private static Path present(String relative) {
        Path path = DATA.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), path + " is not there");
        return path;
    }

    private static void assertNoAlarm(List<String> texts) {
        assertTrue(texts.size() > 10, "the corpus was read: " + texts.size() + " documents");
        List<String> alarms = texts.stream()
                .filter(t -> CHECK.foreignLanguage(t).isPresent())
                .map(t -> CHECK.foreignLanguage(t).orElseThrow() + ": " + t.substring(0, Math.min(80, t.length())))
                .toList();
        assertEquals(List.of(), alarms, "of " + texts.size() + " English documents");
    }
}
