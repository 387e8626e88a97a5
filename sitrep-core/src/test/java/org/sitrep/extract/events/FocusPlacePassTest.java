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

    @Test
    void aNameTheTaggerTypedOtherwiseCountsWhenTheGeocodeStageFoundItAPlace() {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("Shops/NNS closed/VBD/close in/IN Culiacan/NNP ./.")
                .name("E1", "Culiacan", EntityType.MISC)
                .sentence("Gunmen/NNS fired/VBD/fire in/IN Culiacan/NNP ./.")
                .name("E1", "Culiacan", EntityType.MISC)
                .sentence("Mexicans/NNPS in/IN Sinaloa/NNP were/VBD/be killed/VBN/kill ./.")
                .name("E2", "Mexicans", EntityType.NORP)
                .name("E3", "Sinaloa", EntityType.GPE);
        Document d = b.build();
        assertEquals(Optional.of("Sinaloa"), focusOfKilling(d, 2), "a MISC name without a geocode is no place");
        Map<String, Geocode> geos = Map.of(
                "Culiacan", geo("Culiacan", "P", "town", "Sinaloa"),
                "Mexicans", geo("Mexico", "A", "country", ""),
                "Sinaloa", geo("Sinaloa", "A", "province", "Sinaloa"));
        assertEquals(Optional.of("Culiacan"), focusOfKilling(geocoded(d, geos), 2));
    }

    @Test
    void aTownTheHeadlineNamesOtherThanAsALocationCountsLess() {
        DocumentBuilder b = new DocumentBuilder()
                .headline("Culiacan paralyzed after arrest")
                .sentence("Shops/NNS closed/VBD/close in/IN Culiacan/NNP ./.")
                .name("E1", "Culiacan", EntityType.GPE)
                .sentence("Gunmen/NNS fired/VBD/fire in/IN Navolato/NNP and/CC in/IN Navolato/NNP ./.")
                .name("E2", "Navolato", EntityType.GPE)
                .name("E2", "Navolato", EntityType.GPE)
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.");
        Document d = b.build();
        assertEquals(
                Optional.of("Navolato"), focusOfKilling(d, 2), "without a geocode the headline's name is not weighed");
        Map<String, Geocode> geos = Map.of(
                "Culiacan",
                geo("Culiacan", "P", "town", "Sinaloa"),
                "Navolato",
                geo("Navolato", "P", "town", "Sinaloa"));
        assertEquals(
                Optional.empty(),
                focusOfKilling(geocoded(d, geos), 2),
                "a town in the headline (1) and once in the body (1) ties with one named twice in the body");
        Map<String, Geocode> country = Map.of(
                "Culiacan", geo("Culiacan", "A", "country", ""), "Navolato", geo("Navolato", "P", "town", "Sinaloa"));
        assertEquals(
                Optional.of("Navolato"),
                focusOfKilling(geocoded(d, country), 2),
                "a country named other than as a location in the headline is not weighed");
    }

    @Test
    void theHeadlineNamesAPlaceByItsGazetteerName() {
        DocumentBuilder b = new DocumentBuilder()
                .headline("Pupils abducted in Kebbi school attack")
                .sentence("Gunmen/NNS struck/VBD/strike in/IN Kebbi/NNP State/NNP ./.")
                .name("E1", "Kebbi State", EntityType.GPE)
                .sentence("Police/NNS in/IN Sokoto/NNP State/NNP said/VBD/say two/CD were/VBD/be killed/VBN/kill ./.")
                .name("E2", "Sokoto State", EntityType.GPE);
        Map<String, Geocode> geos = Map.of(
                "Kebbi State", geo("Kebbi", "A", "province", "Kebbi"),
                "Sokoto State", geo("Sokoto", "A", "province", "Sokoto"));
        assertEquals(Optional.empty(), focusOfKilling(b.build(), 1), "Kebbi State and Sokoto State tie");
        assertEquals(Optional.of("Kebbi State"), focusOfKilling(geocoded(b.build(), geos), 1));
    }

    @Test
    void aPlaceTheTextRefersBackToCounts() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS paralyzed/VBD/paralyze Culiacan/NNP ./.",
                        "nsubj(paralyzed-2, Gunmen-1)",
                        "obj(paralyzed-2, Culiacan-3)")
                .name("E1", "Culiacan", EntityType.GPE)
                .sentence(
                        "They/PRP attacked/VBD/attack the/DT city/NN 's/POS airport/NN ./.",
                        "nsubj(attacked-2, They-1)",
                        "obj(attacked-2, airport-6)",
                        "nmod:poss(airport-6, city-4)",
                        "det(city-4, the-3)",
                        "case(city-4, 's-5)")
                .sentence(
                        "Troops/NNS patrolled/VBD/patrol the/DT city/NN ./.",
                        "nsubj(patrolled-2, Troops-1)",
                        "obj(patrolled-2, city-4)",
                        "det(city-4, the-3)")
                .sentence(
                        "Two/CD were/VBD/be killed/VBN/kill in/IN Navolato/NNP ./.",
                        "nsubj:pass(killed-3, Two-1)",
                        "aux:pass(killed-3, were-2)",
                        "obl:in(killed-3, Navolato-5)",
                        "case(Navolato-5, in-4)")
                .name("E2", "Navolato", EntityType.GPE)
                .sentence("Four/CD people/NNS were/VBD/be killed/VBN/kill ./.")
                .build();
        // Culiacan is never named as a location, but "the city" refers to it twice; Navolato is named once
        assertEquals(Optional.of("Culiacan"), focusOfKilling(d, 4));
    }

    @Test
    void aNameOnAPlaceNounAfterALocativePrepositionIsALocation() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Jihadists/NNS attacked/VBD/attack a/DT post/NN in/IN the/DT Mopti/NNP region/NN ./.",
                        "nsubj(attacked-2, Jihadists-1)",
                        "obj(attacked-2, post-4)",
                        "det(post-4, a-3)",
                        "obl:in(attacked-2, region-8)",
                        "case(region-8, in-5)",
                        "det(region-8, the-6)",
                        "compound(region-8, Mopti-7)")
                .name("E1", "Mopti", EntityType.GPE)
                .sentence(
                        "Segou/NNP traders/NNS said/VBD/say two/CD were/VBD/be killed/VBN/kill ./.",
                        "compound(traders-2, Segou-1)",
                        "nsubj(said-3, traders-2)",
                        "ccomp(said-3, killed-6)",
                        "nsubj:pass(killed-6, two-4)",
                        "aux:pass(killed-6, were-5)")
                .name("E2", "Segou", EntityType.GPE)
                .build();
        // "in the Mopti region" is where something happened, "Segou traders" whose people they are
        assertEquals(Optional.of("Mopti"), focusOfKilling(d, 1));
    }

    @Test
    void ofPlacesThatTieTheNarrowestIsTheFocus() {
        Document d = new DocumentBuilder()
                .sentence("Troops/NNS in/IN Syria/NNP and/CC near/IN Bagram/NNP Airfield/NNP ./.")
                .name("E1", "Syria", EntityType.GPE)
                .name("E2", "Bagram Airfield", EntityType.FACILITY)
                .sentence("Talks/NNS in/IN Syria/NNP and/CC near/IN Bagram/NNP Airfield/NNP ./.")
                .name("E1", "Syria", EntityType.GPE)
                .name("E2", "Bagram Airfield", EntityType.FACILITY)
                .sentence("Two/CD people/NNS were/VBD/be killed/VBN/kill ./.")
                .build();
        // twice each: the airfield, which the gazetteer does not know, is in the country, no rival to it
        assertEquals(Optional.of("Bagram Airfield"), focusOfKilling(d, 2));
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
