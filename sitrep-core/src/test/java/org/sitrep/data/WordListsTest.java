package org.sitrep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {
    private static final String HEADER = "list\tword\n";

    @Test
    void readsTheShippedListsInFileOrder() {
        WordLists words = WordLists.load();
        assertEquals(
                List.of("he", "him", "his", "himself", "she", "her", "hers", "herself"),
                List.copyOf(words.get("person-pronouns")));
        assertTrue(words.get("approximations").contains("at least"), "phrases are words of a list too");
        assertTrue(words.get("support-verbs").contains("launch"));
        assertTrue(words.names().size() >= 20, words.names().toString());
    }

    @Test
    void failsOnAnUnknownListNamingTheFileAndItsLists() {
        WordLists words = parse(HEADER + "# pronouns\nthing-pronouns\tit\nthing-pronouns\tits\n");
        var e = assertThrows(IllegalArgumentException.class, () -> words.get("pronouns"));
        assertEquals("w.tsv: no word list 'pronouns'; lists: [thing-pronouns]", e.getMessage());
    }

    @Test
    void rejectsUpperCaseRepeatedAndSplitListsNamingTheLine() {
        assertError(
                "w.tsv:2: word 'It' of thing-pronouns must be lower case, not empty, with single spaces",
                HEADER + "thing-pronouns\tIt\n");
        assertError(
                "w.tsv:3: 'it' is listed twice in thing-pronouns", HEADER + "thing-pronouns\tit\nthing-pronouns\tit\n");
        assertError(
                "w.tsv:4: list thing-pronouns continues after other lists (last row on line 2); keep its rows together",
                HEADER + "thing-pronouns\tit\nplural-pronouns\tthey\nthing-pronouns\tits\n");
        assertError("w.tsv:2: list name 'Pronouns' must be lower-case words joined by '-'", HEADER + "Pronouns\tit\n");
        assertError("w.tsv:1: expected the header list<TAB>word, got word\tlist", "word\tlist\n");
    }

    private static void assertError(String message, String text) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage());
    }

    private static WordLists parse(String text) {
        return WordLists.parse(new Tsv.Source("w.tsv", text));
    }
}
