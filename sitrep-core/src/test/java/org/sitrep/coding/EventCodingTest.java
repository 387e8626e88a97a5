package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.model.EventCodes;
import org.sitrep.ontology.Ontology;

class EventCodingTest {
    private static final Path CAMEO2PLOVER = Path.of("../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt");
    private static final Path CASE_TYPES = Path.of("../shared/data/case2021/task2/Note on EVENT TYPES..txt");

    private final EventCoding coding = EventCoding.load(Ontology.load());

    @Test
    void givesEveryOntologyTypeCodesInAllThreeSchemes() {
        Set<String> withoutPlover = new TreeSet<>();
        for (String type : Ontology.load().names()) {
            EventCodes codes = coding.codes(type);
            assertTrue(
                    codes.cameo()
                            .map(c -> c.matches("\\d{3,4}"))
                            .orElse(codes.plover().isEmpty()),
                    type + " " + codes);
            assertFalse(codes.acledEvent().isEmpty(), type + " " + codes);
            assertFalse(codes.acledSubEvent().isEmpty(), type + " " + codes);
            if (codes.plover().isEmpty()) {
                withoutPlover.add(type);
            } else {
                assertTrue(EventCoding.PLOVER_TYPES.contains(codes.plover().get()), type + " " + codes);
            }
        }
        assertEquals(
                Set.of("CLAIM", "NATURAL_DISASTER", "ACCIDENT", "TRAFFICKING"),
                withoutPlover,
                "PLOVER codes neither statements nor events without a political actor; every other type has a category");
    }

    @Test
    void mapsTypesToTheSchemesCodes() {
        assertEquals(
                new EventCodes(
                        Optional.of("195"),
                        Optional.of("ASSAULT"),
                        Optional.of("heavy-weapons"),
                        "Explosions/Remote violence",
                        "Air/drone strike"),
                coding.codes("AIRSTRIKE"));
        assertEquals(
                new EventCodes(
                        Optional.of("0841"),
                        Optional.of("RETREAT"),
                        Optional.of("release"),
                        "Strategic developments",
                        "Agreement"),
                coding.codes("PRISONER_EXCHANGE"));
        assertEquals(
                new EventCodes(
                        Optional.of("015"), Optional.empty(), Optional.empty(), "Strategic developments", "Other"),
                coding.codes("CLAIM"));
        assertEquals(Optional.empty(), coding.codes("NATURAL_DISASTER").cameo());
    }

    @Test
    void appliesTheStateAgentRefinementOnlyWhereOneIsGiven() {
        assertEquals(
                "Non-state actor overtakes territory",
                coding.codes("SEIZE_TERRITORY").acledSubEvent());
        assertEquals(
                "Government regains territory",
                coding.codes("SEIZE_TERRITORY", true).acledSubEvent());
        assertEquals("Battles", coding.codes("SEIZE_TERRITORY", true).acledEvent());
        assertEquals(coding.codes("CLASH"), coding.codes("CLASH", true));
    }

    @Test
    void namesTheKnownTypesForAnUnknownOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> coding.codes("ATACK"));
        assertTrue(e.getMessage().contains("'ATACK'") && e.getMessage().contains("ATTACK"), e.getMessage());
    }

    @Test
    void namesFileAndLineOfARowWithAMissingField() {
        Tsv.Source cameo = new Tsv.Source("cameo.tsv", """
                # comment
                sitrep_type\tcameo\tcameo_name\treason
                KILL\t1823\tKill by physical assault\tbecause
                CLAIM\t015\tAcknowledge or claim responsibility
                """);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, cameo, PLOVER, ACLED, TAXONOMY));
        assertTrue(e.getMessage().startsWith("cameo.tsv:4: expected 4 tab-separated fields"), e.getMessage());
    }

    @Test
    void namesFileAndLineOfABadCode() {
        Tsv.Source cameo = new Tsv.Source("cameo.tsv", CAMEO.text().replace("\t015\t", "\t15\t"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, cameo, PLOVER, ACLED, TAXONOMY));
        assertTrue(e.getMessage().startsWith("cameo.tsv:3: CAMEO code must be 3 or 4 digits"), e.getMessage());

        Tsv.Source plover = new Tsv.Source("plover.tsv", PLOVER.text().replace("ASSAULT", "FIGHT"));
        e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, CAMEO, plover, ACLED, TAXONOMY));
        assertTrue(e.getMessage().startsWith("plover.tsv:2: unknown PLOVER type 'FIGHT'"), e.getMessage());

        Tsv.Source acled = new Tsv.Source("acled.tsv", ACLED.text().replace("\tAttack\t", "\tAttacks\t"));
        e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, CAMEO, PLOVER, acled, TAXONOMY));
        assertTrue(
                e.getMessage().startsWith("acled.tsv:2: 'Violence against civilians / Attacks' is not"),
                e.getMessage());

        Tsv.Source refined = new Tsv.Source(
                "acled.tsv", ACLED.text().replace("\t-\tbecause\n", "\tstate-agent: Armed clash\tbecause\n"));
        e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, CAMEO, PLOVER, refined, TAXONOMY));
        assertTrue(
                e.getMessage().startsWith("acled.tsv:2: refinement 'Armed clash' is not a sub-event type"),
                e.getMessage());
    }

    @Test
    void namesTheFileThatLacksARowForAType() {
        Tsv.Source cameo = new Tsv.Source(
                "cameo.tsv", CAMEO.text().lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, cameo, PLOVER, ACLED, TAXONOMY));
        assertEquals("cameo.tsv: no row for event type CLAIM; every type of the ontology needs one", e.getMessage());
    }

    @Test
    void namesTheLineOfADuplicateOrUnknownType() {
        Tsv.Source duplicate = new Tsv.Source("plover.tsv", PLOVER.text() + "KILL\tASSAULT\t-\tagain\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, CAMEO, duplicate, ACLED, TAXONOMY));
        assertEquals("plover.tsv:4: second row for KILL (first on line 2)", e.getMessage());

        Tsv.Source unknown = new Tsv.Source("plover.tsv", PLOVER.text() + "MURDER\tASSAULT\t-\tnew\n");
        e = assertThrows(
                IllegalArgumentException.class, () -> EventCoding.parse(TYPES, CAMEO, unknown, ACLED, TAXONOMY));
        assertTrue(e.getMessage().startsWith("plover.tsv:4: unknown Sitrep event type 'MURDER'"), e.getMessage());
    }

    /** CAMEO2PLOVER-2021.txt gives the PLOVER type of each CAMEO code; plover.tsv departs only in modes. */
    @Test
    void agreesWithTheCameoToPloverConversionTable() throws IOException {
        Assumptions.assumeTrue(Files.exists(CAMEO2PLOVER), CAMEO2PLOVER + " is not here");
        Map<String, String> table = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\d{3,4}): *([A-Z]+),").matcher(Files.readString(CAMEO2PLOVER));
        while (m.find()) {
            table.putIfAbsent(m.group(1), m.group(2));
        }
        for (String type : Ontology.load().names()) {
            EventCodes codes = coding.codes(type);
            assertEquals(codes.cameo().map(table::get), codes.plover(), type + " (CAMEO " + codes.cameo() + ")");
        }
    }

    /** acled-taxonomy.tsv holds exactly the 25 ACLED-derived ("seen") labels of CASE 2021 Task 2. */
    @Test
    void acledTaxonomyHasTheCase2021Labels() throws IOException {
        Assumptions.assumeTrue(Files.exists(CASE_TYPES), CASE_TYPES + " is not here");
        String note = Files.readString(CASE_TYPES);
        Set<String> seen = new TreeSet<>();
        for (String line : note.substring(0, note.indexOf("2. SUBTASK")).split("\n")) {
            if (line.trim().matches("[A-Z_]+")) {
                seen.add(line.trim());
            }
        }
        Set<String> ours = new TreeSet<>();
        for (Tsv.Row row : Tsv.read(resource("acled-taxonomy.tsv"), EventCoding.TAXONOMY_HEADER)) {
            ours.add(row.get(2));
        }
        assertEquals(25, seen.size());
        assertEquals(seen, ours);
    }

    private static final Set<String> TYPES = new LinkedHashSet<>(java.util.List.of("KILL", "CLAIM"));
    private static final Tsv.Source CAMEO = new Tsv.Source("cameo.tsv", """
            sitrep_type\tcameo\tcameo_name\treason
            KILL\t1823\tKill by physical assault\tbecause
            CLAIM\t015\tAcknowledge or claim responsibility\tbecause
            """);
    private static final Tsv.Source PLOVER = new Tsv.Source("plover.tsv", """
            sitrep_type\tplover\tmode\treason
            KILL\tASSAULT\t-\tbecause
            CLAIM\t-\t-\tbecause
            """);
    private static final Tsv.Source ACLED = new Tsv.Source("acled.tsv", """
            sitrep_type\tevent_type\tsub_event_type\tcase2021\trefinement\treason
            KILL\tViolence against civilians\tAttack\tATTACK\t-\tbecause
            CLAIM\tStrategic developments\tOther\tOTHER\t-\tbecause
            """);
    private static final Tsv.Source TAXONOMY = resource("acled-taxonomy.tsv");

    private static Tsv.Source resource(String file) {
        try (var in = EventCodingTest.class.getResourceAsStream("/" + EventCoding.DIR + file)) {
            return new Tsv.Source(file, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
