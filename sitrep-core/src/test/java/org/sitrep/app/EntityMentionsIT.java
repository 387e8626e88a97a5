package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Role;
import org.sitrep.testing.SharedSitrep;

/** Which phrases are names and which are descriptions, on sentences written for Sitrep. */
class EntityMentionsIT {

    private static Document extract(String text) {
        return SharedSitrep.extract(text, LocalDate.of(2021, 3, 5));
    }

    private static EntityMention mention(Document d, String text) {
        return d.mentions().stream()
                .filter(m -> m.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in "
                        + d.mentions().stream().map(EntityMention::text).toList()));
    }

    @Test
    void aCountrysInstitutionIsADescriptionWithTheNationalityNamedInside() {
        Document d = extract("German police said on Friday they had arrested a Swiss man in Freiburg.");
        EntityMention institution = mention(d, "German police");
        assertEquals(EntityMention.Kind.NOMINAL, institution.kind());
        assertEquals(EntityType.ORGANIZATION, institution.type());
        EntityMention german = mention(d, "German");
        assertEquals(EntityMention.Kind.NAME, german.kind());
        assertEquals(EntityType.NORP, german.type());
        assertEquals(EntityType.NORP, mention(d, "Swiss").type(), "inside the description 'a Swiss man'");
        Event arrest = d.events().stream()
                .filter(e -> e.type().equals("ARREST"))
                .findFirst()
                .orElseThrow();
        String police = d.entities().stream()
                .filter(e -> e.mentions().contains(mention(d, "German police")))
                .findFirst()
                .orElseThrow()
                .id();
        assertTrue(
                arrest.arguments().stream()
                        .anyMatch(a -> a.role() == Role.AGENT && a.entityId().equals(Optional.of(police))),
                "'they' is the German police: " + arrest.arguments());
    }

    @Test
    void anInstitutionTheTaggerAlsoNamesIsOneMentionNotTwo() {
        Document d = extract("The US Congress agreed to lift the embargo on Cuba.");
        List<EntityMention> congress = d.mentions().stream()
                .filter(m -> m.text().equals("US Congress"))
                .toList();
        assertEquals(1, congress.size(), congress.toString());
        Event agree = d.events().stream()
                .filter(e -> e.type().equals("AGREE"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                1,
                agree.arguments().stream()
                        .filter(a -> a.text().equals("US Congress"))
                        .count(),
                agree.arguments().toString());
    }

    @Test
    void theNationalityOfHostagesIsNotTheirCaptor() {
        Document d = extract("Hamas released 11 Israeli hostages on Monday evening.");
        Event release = d.events().stream()
                .filter(e -> e.type().equals("RELEASE"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                release.arguments().stream()
                        .anyMatch(a -> a.role() == Role.AGENT && a.text().equals("Hamas")),
                release.toString());
        assertTrue(
                d.events().stream().flatMap(e -> e.arguments().stream()).noneMatch(a -> a.text()
                        .equals("Israeli")),
                d.events().toString());
    }

    @Test
    void aMixedCaseAcronymDoesNotMatchAnEnglishWord() {
        Document d = extract("Officials said they would let the convoy pass through the checkpoint.");
        assertTrue(
                d.mentions().stream().noneMatch(m -> m.text().equalsIgnoreCase("let")),
                d.mentions().toString());
    }
}
