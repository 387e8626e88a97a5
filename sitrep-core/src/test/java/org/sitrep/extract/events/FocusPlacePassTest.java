package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.testing.DocumentBuilder;

class FocusPlacePassTest {
    private static final EventPasses PASSES = PassFixtures.passes();
    private static final TriggerEntry KILLED = PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.9");
    private static final TriggerEntry CONDEMNED = PassFixtures.entry("condemn|V|ACCUSE|AGENT|PATIENT|-|-|0.7");

    /**
     * An article about Mosul (named in the headline and twice in the body, Baghdad once and in the
     * dateline), whose last sentence names no place: "Two people were killed and the mayor condemned it."
     * Its sentences are not parsed and name Mosul after no preposition: the headline decides.
     */
    private static DocumentBuilder aboutMosul(String headline) {
        return new DocumentBuilder()
                .headline(headline)
                .dateline("Baghdad")
                .sentence("BAGHDAD/NNP -/: Militants/NNS shelled/VBD/shell Mosul/NNP ./.")
                .name("E1", "BAGHDAD", EntityType.GPE)
                .name("E2", "Mosul", EntityType.GPE)
                .sentence("Residents/NNS fled/VBD/flee Mosul/NNP ./.")
                .name("E2", "Mosul", EntityType.GPE)
                .paragraph()
                .sentence(
                        "Two/CD people/NNS were/VBD/be killed/VBN/kill and/CC the/DT mayor/NN condemned/VBD/condemn it/PRP ./.");
    }

    private static List<Draft> placed(Document d) {
        Trigger killed = PassFixtures.trigger(d, 2, "killed", KILLED);
        Trigger condemned = PassFixtures.trigger(d, 2, "condemned", CONDEMNED);
        EventDrafts in = PassFixtures.withDrafts(d, killed, condemned);
        return PASSES.defaults().apply(PASSES.focusPlace().apply(in)).drafts();
    }

    @Test
    void anEventOnTheGroundWithoutAPlaceHappenedWhereTheArticleIsAbout() {
        Document d = aboutMosul("Shelling kills two in Mosul").build();
        EventPlace place = placed(d).get(0).place().orElseThrow();
        assertEquals("Mosul", place.name());
        assertEquals("focus", place.rule());
        assertEquals(PassFixtures.span(d, "Mosul"), place.span()); // its first mention in the body
    }

    @Test
    void aStatementIsLeftToTheDateline() {
        assertEquals(
                "dateline",
                placed(aboutMosul("Shelling kills two in Mosul").build())
                        .get(1)
                        .place()
                        .orElseThrow()
                        .rule());
    }

    @Test
    void theHeadlineAndDatelineWeighAPlace() {
        DocumentBuilder b = new DocumentBuilder()
                .headline("Two killed in Mosul")
                .sentence(
                        "Militants/NNS in/IN Raqqa/NNP shelled/VBD/shell positions/NNS in/IN Mosul/NNP from/IN bases/NNS in/IN Raqqa/NNP ./.")
                .name("E1", "Raqqa", EntityType.GPE)
                .name("E2", "Mosul", EntityType.GPE);
        Document d =
                b.sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.").build();
        // Raqqa twice in the body, Mosul once and in the headline: Mosul weighs more (sentences without a
        // parse: a name right after a locative preposition counts)
        assertEquals(Optional.of("Mosul"), focusOfKilling(d, 1));
    }

    @Test
    void withoutAPlaceThatStandsOutThereIsNoFocus() {
        Document d = new DocumentBuilder()
                .sentence("Militants/NNS in/IN Raqqa/NNP shelled/VBD/shell positions/NNS in/IN Mosul/NNP ./.")
                .name("E1", "Raqqa", EntityType.GPE)
                .name("E2", "Mosul", EntityType.GPE)
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.")
                .build();
        Trigger killed = PassFixtures.trigger(d, 1, "killed", KILLED);
        assertEquals(
                Optional.empty(),
                PASSES.focusPlace()
                        .apply(PassFixtures.withDrafts(d, killed))
                        .drafts()
                        .get(0)
                        .place());
    }

    @Test
    void aPlaceFoundBeforeIsKept() {
        Document d = aboutMosul("Shelling kills two in Mosul").build();
        Trigger killed = PassFixtures.trigger(d, 2, "killed", KILLED);
        EventPlace baghdad = new EventPlace(new CharSpan(0, 7), "BAGHDAD", Optional.empty(), "context");
        EventDrafts in = PassFixtures.withTriggers(d, killed)
                .withDrafts(List.of(Draft.of(killed, List.of()).withPlace(Optional.of(baghdad))));
        assertEquals(
                Optional.of(baghdad),
                PASSES.focusPlace().apply(in).drafts().get(0).place());
    }

    @Test
    void onlyMentionsOfWhereThingsHappenCount() {
        Document d = new DocumentBuilder()
                .sentence(
                        "U.S./NNP troops/NNS fought/VBD/fight in/IN Bagram/NNP ./.",
                        "compound(troops-2, U.S.-1)",
                        "nsubj(fought-3, troops-2)",
                        "obl:in(fought-3, Bagram-5)",
                        "case(Bagram-5, in-4)")
                .name("E1", "U.S.", EntityType.GPE)
                .name("E2", "Bagram", EntityType.GPE)
                .sentence(
                        "Two/CD U.S./NNP soldiers/NNS were/VBD/be killed/VBN/kill ./.",
                        "nummod(soldiers-3, Two-1)",
                        "compound(soldiers-3, U.S.-2)",
                        "nsubj:pass(killed-5, soldiers-3)",
                        "aux:pass(killed-5, were-4)")
                .name("E1", "U.S.", EntityType.GPE)
                .sentence(
                        "Clashes/NNS continued/VBD/continue near/IN Bagram/NNP ./.",
                        "nsubj(continued-2, Clashes-1)",
                        "obl:near(continued-2, Bagram-4)",
                        "case(Bagram-4, near-3)")
                .name("E2", "Bagram", EntityType.GPE)
                .build();
        assertEquals(Optional.of("Bagram"), focusOfKilling(d, 1));
    }

    @Test
    void aPlaceInTheHeadlineCountsAsALocationOnly() {
        Document d = new DocumentBuilder()
                .headline("Israel and Hamas agree to extend truce")
                .sentence("Israel/NNP freed/VBD/free prisoners/NNS held/VBN/hold in/IN Gaza/NNP ./.")
                .name("E1", "Israel", EntityType.GPE)
                .name("E2", "Gaza", EntityType.GPE)
                .sentence("Aid/NN arrived/VBD/arrive in/IN Gaza/NNP ./.")
                .name("E2", "Gaza", EntityType.GPE)
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.")
                .build();
        assertEquals(Optional.of("Gaza"), focusOfKilling(d, 2));
    }

    @Test
    void thePlaceOnlyOnceNamedAsALocationIsTheFocusWhenItIsTheOnlyOne() {
        Document d = new DocumentBuilder()
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.")
                .sentence("Police/NNS in/IN Lyon/NNP and/CC Interpol/NNP searched/VBD/search ./.")
                .name("E1", "Lyon", EntityType.GPE)
                .name("E2", "Interpol", EntityType.ORGANIZATION)
                .build();
        assertEquals(Optional.of("Lyon"), focusOfKilling(d, 0));
    }

    private static Geocode geo(String name, String featureClass, String precision, String admin1) {
        return new Geocode(1, name, 34, 66, "AF", admin1, featureClass, precision, "test", 1.0);
    }

    /** The article with its entities geocoded as the geocode stage would: name to geocode. */
    private static Document geocoded(Document d, Map<String, Geocode> geos) {
        return d.withEntities(d.entities().stream()
                .map(e -> e.withGeo(Optional.ofNullable(geos.get(e.name()))))
                .toList());
    }

    /**
     * An article about Afghanistan (headline and body) filed in Kabul that names Kunduz once, not after a
     * preposition: the country focus gives way to the town inside it; the dateline's Kabul alone does not.
     */
    @Test
    void aCountryFocusGivesWayToTheTownInsideItThatTheBodyNames() {
        DocumentBuilder b = new DocumentBuilder()
                .headline("Clashes kill two in Afghanistan")
                .dateline("Kabul")
                .sentence("KABUL/NNP -/: Taliban/NNP fighters/NNS attacked/VBD/attack Kunduz/NNP ./.")
                .name("E1", "KABUL", EntityType.GPE)
                .name("E2", "Kunduz", EntityType.GPE)
                .sentence("Fighting/NN continued/VBD/continue in/IN Afghanistan/NNP ./.")
                .name("E3", "Afghanistan", EntityType.GPE)
                .paragraph()
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.");
        Map<String, Geocode> geos = Map.of(
                "KABUL", geo("Kabul", "P", "town", "Kabul"),
                "Kunduz", geo("Kunduz", "P", "town", "Kunduz"),
                "Afghanistan", geo("Afghanistan", "A", "country", ""));
        Document d = b.build();
        assertEquals(Optional.of("Afghanistan"), focusOfKilling(d, 2), "no geocodes: nothing to narrow to");
        assertEquals(Optional.of("Kunduz"), focusOfKilling(geocoded(d, geos), 2));
        Map<String, Geocode> kunduzAbroad = new java.util.HashMap<>(geos);
        kunduzAbroad.put("Kunduz", new Geocode(2, "Kunduz", 1, 1, "TJ", "", "P", "town", "test", 1.0));
        assertEquals(
                Optional.of("Afghanistan"),
                focusOfKilling(geocoded(d, kunduzAbroad), 2),
                "a town outside the country, and the dateline's town, are no narrower focus");
    }

    /** The place the focus pass gives a killing reported in sentence {@code sentence} of {@code d}. */
    private static Optional<String> focusOfKilling(Document d, int sentence) {
        Trigger killed = PassFixtures.trigger(d, sentence, "killed", KILLED);
        return PASSES.focusPlace()
                .apply(PassFixtures.withDrafts(d, killed))
                .drafts()
                .get(0)
                .place()
                .map(EventPlace::name);
    }
}
