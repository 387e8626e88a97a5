package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EntityType;
import org.sitrep.testing.Shipped;

class ActorCatalogTest {
    private static final ActorCatalog CATALOG = Shipped.catalog();

    private static String id(String surface) {
        return CATALOG.lookup(surface).map(Actor::id).orElse("none");
    }

    @Test
    void foldsArticlesHyphensCaseAndSpellings() {
        assertEquals("nusra-front", id("al-Nusra Front"));
        assertEquals("nusra-front", id("Nusra Front"));
        assertEquals("nusra-front", id("Jabhat al-Nusra"));
        assertEquals("nusra-front", id("the al-Nusra Front"));
        assertEquals("nusra-front", id("Al Nusra front"));
        assertEquals("hts", id("Hay’at Tahrir al-Sham"));
        assertEquals("hezbollah", id("Hizballah"));
        assertEquals("hezbollah", id("Hezbollah"));
        assertEquals("hezbollah", id("HIZBULLAH"));
        assertEquals("islamic-state", id("ISIL"));
        assertEquals("islamic-state", id("Daesh"));
        assertEquals("islamic-state", id("isis"));
        assertEquals("islamic-state", id("the Islamic State"));
        assertEquals("al-qaeda", id("Al-Qa'ida"));
        assertEquals("houthis", id("Ansar Allah"));
        assertEquals("msf", id("Médecins Sans Frontières"));
        assertEquals("msf", id("Medecins sans Frontieres"));
    }

    @Test
    void matchesShortAcronymsOnlyAsWritten() {
        assertEquals("islamic-state", id("IS"));
        assertEquals("none", id("is"));
        assertEquals("none", id("Is"));
        assertEquals("un", id("UN"));
        assertEquals("none", id("un"));
        assertEquals("who", id("WHO"));
        assertEquals("none", id("who"));
    }

    @Test
    void keepsAffiliatesApartWithAffiliations() {
        Actor hts = CATALOG.lookup("HTS").orElseThrow();
        assertEquals(List.of("nusra-front"), hts.affiliations());
        assertEquals(
                List.of("al-qaeda"), CATALOG.byId("nusra-front").orElseThrow().affiliations());
        assertEquals(EntityType.ORGANIZATION, hts.type());
        assertEquals(Optional.of("SY"), hts.country());
    }

    @Test
    void findsLongestNonOverlappingMatchesWithSpans() {
        String text = "Fighters of al-Nusra Front and IS clashed with Hizballah near Arsal, "
                + "the UN said; who is behind it is unclear, Human Rights Watch's researcher added.";
        List<ActorMatch> matches = CATALOG.findAll(text);
        assertEquals(
                List.of("nusra-front", "islamic-state", "hezbollah", "un", "hrw"),
                matches.stream().map(m -> m.actor().id()).toList());
        for (ActorMatch m : matches) {
            assertFalse(text.substring(m.begin(), m.end()).isBlank());
        }
        assertEquals(
                "al-Nusra Front",
                text.substring(matches.get(0).begin(), matches.get(0).end()));
        assertEquals("IS", text.substring(matches.get(1).begin(), matches.get(1).end()));
        assertEquals(
                "Hizballah",
                text.substring(matches.get(2).begin(), matches.get(2).end()));
        assertEquals("UN", text.substring(matches.get(3).begin(), matches.get(3).end()));
        assertEquals(
                "Human Rights Watch",
                text.substring(matches.get(4).begin(), matches.get(4).end()));
    }

    @Test
    void prefersTheLongerAliasAndRespectsWordBoundaries() {
        List<ActorMatch> matches =
                CATALOG.findAll("Islamic State West Africa Province and ISISK, not Kataib Hezbollah's rival");
        assertEquals(
                List.of("iswap", "kataib-hezbollah"),
                matches.stream().map(m -> m.actor().id()).toList());
        assertEquals(0, matches.get(0).begin());
        assertEquals(34, matches.get(0).end());
    }

    @Test
    void recognisesCountryInstitutions() {
        assertInstitution("Lebanese army", "LB", "MIL", 1, false);
        assertInstitution("the Syrian government", "SY", "GOV", 1, false);
        assertInstitution("Iraqi police", "IQ", "COP", 1, false);
        assertInstitution("Turkish military", "TR", "MIL", 1, false);
        assertInstitution("Israel Defense Forces", "IL", "MIL", 1, false);
        assertInstitution("Lebanese authorities", "LB", "GOV", 1, false);
        assertInstitution("Russian Defence Ministry", "RU", "MIL", 1, false);
        assertInstitution("Nigerian troops", "NG", "MIL", 1, true);
        assertInstitution("a young Lebanese soldier", "LB", "MIL", 1, true);
        assertInstitution("Syria's intelligence services", "SY", "SPY", 1, false);
        assertInstitution("an Egyptian court", "EG", "JUD", 1, false);
        assertInstitution("Malian rebels", "ML", "REB", 2, true);
        assertInstitution("Afghan insurgents", "AF", "INS", 2, true);
        assertInstitution("Iranian protesters", "IR", "CVL", 6, true);
        assertInstitution("Sudanese civilians", "SD", "CVL", 7, true);
        assertInstitution("US troops", "US", "MIL", 1, true);
        assertInstitution("the government of Syria", "SY", "GOV", 1, false);
        assertInstitution("Iraqi security forces", "IQ", "COP", 1, false);
        assertEquals(
                "LBNMIL",
                CATALOG.institution("Lebanese army").orElseThrow().code().code());
    }

    @Test
    void leavesNamedGroupsAndNonInstitutionsAlone() {
        assertTrue(CATALOG.institution("Syrian Democratic Forces").isEmpty());
        assertTrue(CATALOG.institution("Free Syrian Army").isEmpty());
        assertTrue(CATALOG.institution("Lebanese Forces").isEmpty());
        assertTrue(CATALOG.institution("Lebanese cuisine").isEmpty());
        assertTrue(CATALOG.institution("the army").isEmpty());
        assertTrue(CATALOG.institution("us troops").isEmpty());
    }

    @Test
    void codesActorsInCameoStyle() {
        assertEquals(
                "LBNREB", CATALOG.code(CATALOG.byId("hezbollah").orElseThrow()).code());
        assertEquals("IGO", CATALOG.code(CATALOG.byId("un").orElseThrow()).code());
        assertEquals(
                Optional.empty(),
                CATALOG.code(CATALOG.byId("islamic-state").orElseThrow()).country());
    }

    @Test
    void everyActorAndInstitutionRowIsValid() {
        assertTrue(CATALOG.actors().size() > 250, "actors: " + CATALOG.actors().size());
        assertTrue(
                CATALOG.institutions().size() > 200,
                "institutions: " + CATALOG.institutions().size());
        for (Actor actor : CATALOG.actors()) {
            assertTrue(Sectors.isKnown(actor.sector()), actor.id());
            assertTrue(Sectors.isAcledType(actor.acledType()), actor.id());
            assertEquals(actor.id(), id(actor.name()), "name of " + actor.id() + " does not look itself up");
            for (String alias : actor.aliases()) {
                assertEquals(actor.id(), id(alias), "alias '" + alias + "' of " + actor.id());
            }
        }
    }

    @Test
    void rejectsAnUnknownSectorNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load("""
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                x\tX\tORGANIZATION\t-\t-\tXYZ\t2\t-
                """));
        assertTrue(e.getMessage().startsWith("t.tsv:2: unknown sector 'XYZ'"), e.getMessage());
    }

    @Test
    void rejectsAnAcledTypeOutsideOneToEightNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load("""
                # comment
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                x\tX\tORGANIZATION\t-\t-\tREB\t9\t-
                """));
        assertEquals("t.tsv:3: acledType must be 1-8, got 9", e.getMessage());
    }

    @Test
    void rejectsUnknownAffiliationsCountriesAndSharedAliases() {
        assertEquals(
                "t.tsv:2: unknown affiliation 'nobody' of x",
                assertThrows(IllegalArgumentException.class, () -> load("""
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                x\tX\tORGANIZATION\t-\t-\tREB\t2\tnobody
                """)).getMessage());
        assertEquals(
                "t.tsv:2: unknown country 'QQ' of x",
                assertThrows(IllegalArgumentException.class, () -> load("""
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                x\tX\tORGANIZATION\t-\tQQ\tREB\t2\t-
                """)).getMessage());
        assertEquals(
                "t.tsv:3: alias 'al-Nusra' of y already names x",
                assertThrows(IllegalArgumentException.class, () -> load("""
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                x\tNusra Front\tORGANIZATION\tNusra\t-\tREB\t2\t-
                y\tOther Front\tORGANIZATION\tal-Nusra\t-\tREB\t2\t-
                """)).getMessage());
    }

    @Test
    void addsAndReplacesActorsFromAUserFile(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, """
                id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations
                arsal-militia\tArsal Defence Brigade\tORGANIZATION\tArsal brigade\tLB\tREB\t4\t-
                hezbollah\tHezbollah\tORGANIZATION\tHizballah|Hizb\tLB\tPTY\t3\t-
                """);
        ActorCatalog catalog = ActorCatalog.load(Shipped.countries(), Shipped.words(), Optional.of(extra));
        assertEquals(
                "arsal-militia", catalog.lookup("Arsal Brigade").orElseThrow().id());
        assertEquals("PTY", catalog.lookup("Hizb").orElseThrow().sector());
    }

    private static void assertInstitution(
            String phrase, String iso2, String sector, int acledType, boolean personNoun) {
        InstitutionMatch m =
                CATALOG.institution(phrase).orElseThrow(() -> new AssertionError("no institution in " + phrase));
        assertEquals(iso2, m.country().iso2(), phrase);
        assertEquals(sector, m.sector(), phrase);
        assertEquals(acledType, m.acledType(), phrase);
        assertEquals(personNoun, m.personNoun(), phrase);
    }

    private static ActorCatalog load(String tsv) {
        return ActorCatalog.load(
                Shipped.countries(),
                Institutions.load(),
                Shipped.words(),
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                "t.tsv");
    }
}
