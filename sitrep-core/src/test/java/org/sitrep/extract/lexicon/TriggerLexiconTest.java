package org.sitrep.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;
import org.sitrep.ontology.OntologyTest;

class TriggerLexiconTest {
    private static final String HEADER = String.join("\t", TriggerLexicon.HEADER);
    private final TriggerLexicon lexicon = TriggerLexicon.load(Ontology.load());

    @Test
    void loadsTheShippedLexicon() {
        assertTrue(lexicon.size() >= 400, "size " + lexicon.size());
    }

    @Test
    void everyContractTypeHasAtLeastFiveEntries() {
        Map<String, Long> counts = lexicon.entries().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        TriggerEntry::type, java.util.stream.Collectors.counting()));
        for (String type : OntologyTest.CONTRACT_TYPES) {
            assertTrue(counts.getOrDefault(type, 0L) >= 5, type + " has " + counts.get(type) + " entries");
        }
    }

    @Test
    void everyLexiconTypeExistsInTheOntology() {
        Set<String> ontologyTypes = Ontology.load().names();
        lexicon.entries().forEach(e -> assertTrue(ontologyTypes.contains(e.type()), e.phrase() + " " + e.type()));
    }

    @Test
    void everyTypeHasVerbAndNounTriggers() {
        for (String type : OntologyTest.CONTRACT_TYPES) {
            List<TriggerEntry> entries = lexicon.entries().stream()
                    .filter(e -> e.type().equals(type))
                    .toList();
            assertTrue(entries.stream().anyMatch(e -> e.pos() == PartOfSpeech.VERB), type + " has a verb");
            assertTrue(entries.stream().anyMatch(e -> e.pos() == PartOfSpeech.NOUN), type + " has a noun");
        }
    }

    @Test
    void returnsLongestEntriesFirst() {
        List<TriggerEntry> take = lexicon.entriesStartingWith("take");
        assertTrue(take.size() > 3);
        for (int i = 1; i < take.size(); i++) {
            assertTrue(take.get(i - 1).lemmas().size() >= take.get(i).lemmas().size(), take.toString());
        }
        assertEquals(List.of("take", "to", "the", "street"), take.get(0).lemmas());
        TriggerEntry hostage = take.stream()
                .filter(e -> e.phrase().equals("take hostage"))
                .findFirst()
                .orElseThrow();
        assertEquals("ABDUCT", hostage.type());
        assertEquals(Optional.of(Role.PATIENT), hostage.object());
    }

    @Test
    void findsMultiwordEntriesCaseInsensitively() {
        assertTrue(lexicon.entriesStartingWith("Air").stream()
                .anyMatch(e -> e.phrase().equals("air strike") && e.type().equals("AIRSTRIKE")));
        assertTrue(lexicon.entriesStartingWith("pledge").stream()
                .anyMatch(e -> e.phrase().equals("pledge allegiance")
                        && e.prepositions().get("to") == Role.RECIPIENT));
        assertEquals(List.of(), lexicon.entriesStartingWith("picnic"));
    }

    @Test
    void splitsHyphenatedLemmasLikeCoreNlp() {
        assertTrue(lexicon.entriesStartingWith("hostage").stream()
                .anyMatch(e -> e.lemmas().equals(List.of("hostage", "-", "taking"))));
        assertEquals(List.of("sit", "-", "in"), TriggerLexicon.lemmas("sit-in"));
    }

    @Test
    void constrainsAmbiguousTriggersByObject() {
        TriggerEntry release = lexicon.entriesStartingWith("release").stream()
                .filter(e -> e.pos() == PartOfSpeech.VERB)
                .findFirst()
                .orElseThrow();
        assertEquals("RELEASE", release.type());
        assertTrue(release.requiredObjects().containsAll(Set.of("prisoner", "hostage", "journalist")));
        assertTrue(lexicon.entriesStartingWith("kill").get(0).requiredObjects().isEmpty());
        assertEquals(
                0.95,
                lexicon.entriesStartingWith("kill").stream()
                        .filter(e -> e.phrase().equals("kill"))
                        .findFirst()
                        .orElseThrow()
                        .weight());
    }

    @Test
    void parsesAllColumns() {
        TriggerLexicon parsed = parse(
                "t.tsv",
                List.of(
                        "# comment",
                        HEADER,
                        "swap\tV\tPRISONER_EXCHANGE\tAGENT\tPATIENT\tfor=PATIENT,with=RECIPIENT\tprisoner,body\t0.9\tnote"),
                Set.of("PRISONER_EXCHANGE"));
        TriggerEntry e = parsed.entries().get(0);
        assertEquals(
                new TriggerEntry(
                        List.of("swap"),
                        PartOfSpeech.VERB,
                        "PRISONER_EXCHANGE",
                        Optional.of(Role.AGENT),
                        Optional.of(Role.PATIENT),
                        Map.of("for", Role.PATIENT, "with", Role.RECIPIENT),
                        Set.of("prisoner", "body"),
                        0.9),
                e);
    }

    @Test
    void namesTheLineOfAnUnknownType() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> parse(
                        "t.tsv",
                        List.of(
                                "# comment",
                                HEADER,
                                "kill\tV\tKILL\tAGENT\tPATIENT\t-\t-\t0.9\t",
                                "hug\tV\tHUG\tAGENT\t-\t-\t-\t0.9\t"),
                        Set.of("KILL")));
        assertTrue(e.getMessage().startsWith("t.tsv:4: unknown event type 'HUG'"), e.getMessage());
    }

    @Test
    void namesTheLineOfAnUnknownRole() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> parse("t.tsv", List.of(HEADER, "kill\tV\tKILL\tKILLER\tPATIENT\t-\t-\t0.9\t"), Set.of("KILL")));
        assertTrue(e.getMessage().startsWith("t.tsv:2: unknown role 'KILLER'"), e.getMessage());
        var prep = assertThrows(
                IllegalArgumentException.class,
                () -> parse(
                        "t.tsv",
                        List.of(HEADER, "kill\tV\tKILL\tAGENT\tPATIENT\twith=WEAPON\t-\t0.9\t"),
                        Set.of("KILL")));
        assertTrue(prep.getMessage().startsWith("t.tsv:2: unknown role 'WEAPON'"), prep.getMessage());
    }

    @Test
    void rejectsBadWeightsColumnCountsAndDuplicates() {
        Set<String> types = Set.of("KILL");
        assertLineError("t.tsv:2:", List.of(HEADER, "kill\tV\tKILL\tAGENT\tPATIENT\t-\t-\t1.5\t"), types);
        assertLineError("t.tsv:2:", List.of(HEADER, "kill\tV\tKILL\tAGENT"), types);
        assertLineError("t.tsv:2:", List.of(HEADER, "Kill\tV\tKILL\tAGENT\tPATIENT\t-\t-\t0.5\t"), types);
        assertLineError("t.tsv:2:", List.of(HEADER, "kill\tX\tKILL\tAGENT\tPATIENT\t-\t-\t0.5\t"), types);
        assertLineError(
                "t.tsv:3: duplicate of line 2",
                List.of(HEADER, "kill\tV\tKILL\t-\t-\t-\t-\t0.5\t", "kill\tV\tKILL\tAGENT\tPATIENT\t-\t-\t0.9\t"),
                types);
        assertLineError("t.tsv:1: expected the header", List.of("lemma\tpos"), types);
    }

    private static void assertLineError(String prefix, List<String> lines, Set<String> types) {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("t.tsv", lines, types));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    private static TriggerLexicon parse(String name, List<String> lines, Set<String> types) {
        return TriggerLexicon.parse(new Tsv.Source(name, String.join("\n", lines)), types);
    }
}
