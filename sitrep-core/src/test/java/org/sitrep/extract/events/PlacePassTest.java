package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class PlacePassTest {
    private static final EventPass PASS = PassFixtures.passes().place();
    private static final TriggerEntry ATTACK = PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8");

    private static Optional<EventPlace> place(EventDrafts in) {
        return PASS.apply(in).drafts().get(0).place();
    }

    @Test
    void aLocativePhraseOnTheTriggerIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS attacked/VBD/attack a/DT checkpoint/NN in/IN Arsal/NNP",
                        "nsubj(attacked-2, Militants-1)",
                        "obj(attacked-2, checkpoint-4)",
                        "obl:in(attacked-2, Arsal-6)",
                        "case(Arsal-6, in-5)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        EventDrafts in = PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "attacked", ATTACK));
        assertEquals(Optional.of(PassFixtures.place(d, "Arsal", "syntax")), place(in));
    }

    @Test
    void thePlaceNounsNameIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS overran/VBD/overrun the/DT town/NN of/IN Arsal/NNP",
                        "nsubj(overran-2, Militants-1)",
                        "obj(overran-2, town-4)",
                        "nmod:of(town-4, Arsal-6)",
                        "case(Arsal-6, of-5)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        Trigger overran = PassFixtures.trigger(
                d, 0, "overran", PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9"));
        assertEquals(Optional.of(PassFixtures.place(d, "Arsal", "syntax")), place(PassFixtures.withDrafts(d, overran)));
    }

    @Test
    void inAnUnparsedSentenceAPlaceOfTheSentenceIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence("Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN in/IN Lebanon/NNP")
                .name("E1", "Lebanon", EntityType.GPE)
                .build();
        EventDrafts in = PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "attacked", ATTACK));
        EventPlace lebanon = place(in).orElseThrow();
        assertEquals("sentence", lebanon.rule());
        assertEquals(Optional.of("LB"), lebanon.country());
    }

    @Test
    void aPlaceInsideAParticipantIsNotWhereTheEventHappened() {
        Document d = new DocumentBuilder()
                .sentence("Syria/NNP 's/POS al-Qaeda/NNP affiliate/NN attacked/VBD/attack the/DT army/NN")
                .name("E1", "Syria", EntityType.GPE)
                .build();
        Trigger attacked = PassFixtures.trigger(d, 0, "attacked", ATTACK);
        Draft attack =
                Draft.of(attacked, List.of(PassFixtures.argument(d, Role.AGENT, "Syria 's al-Qaeda affiliate", null)));
        assertEquals(
                Optional.empty(), place(PassFixtures.withTriggers(d, attacked).withDrafts(List.of(attack))));
    }

    @Test
    void aPlaceAnotherTriggerHoldsIsThatEventsPlaceOnly() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS attacked/VBD/attack and/CC troops/NNS clashed/VBD/clash in/IN Arsal/NNP",
                        "nsubj(attacked-2, Militants-1)",
                        "conj:and(attacked-2, clashed-5)",
                        "nsubj(clashed-5, troops-4)",
                        "obl:in(clashed-5, Arsal-7)",
                        "case(Arsal-7, in-6)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        Trigger attacked = PassFixtures.trigger(d, 0, "attacked", ATTACK);
        Trigger clashed =
                PassFixtures.trigger(d, 0, "clashed", PassFixtures.entry("clash|V|CLASH|AGENT|-|with=AGENT|-|0.8"));
        List<Draft> drafts =
                PASS.apply(PassFixtures.withDrafts(d, attacked, clashed)).drafts();
        assertEquals(Optional.empty(), drafts.get(0).place());
        assertEquals(
                Optional.of(PassFixtures.place(d, "Arsal", "syntax")),
                drafts.get(1).place());
    }

    private static final TriggerEntry FIGHTING = PassFixtures.entry("fighting|N|CLASH|AGENT|-|-|-|0.6");

    /** "Rebels seized Kunduz." then {@code words} with {@code arcs} (Syria a place), one draft for {@code trigger} in it. */
    private static Optional<EventPlace> afterKunduz(String trigger, TriggerEntry entry, String words, String... arcs) {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("Rebels/NNS seized/VBD/seize Kunduz/NNP ./.")
                .name("E1", "Kunduz", EntityType.GPE)
                .sentence(words, arcs);
        Document d = (words.contains("Syria") ? b.name("E2", "Syria", EntityType.GPE) : b).build();
        return place(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 1, trigger, entry)));
    }

    @Test
    void theCityIsTheLastPlaceOfItsKindNamedBefore() {
        Optional<EventPlace> place = afterKunduz(
                "attacked",
                ATTACK,
                "Troops/NNS from/IN Syria/NNP attacked/VBD/attack the/DT city/NN",
                "nsubj(attacked-4, Troops-1)",
                "nmod:from(Troops-1, Syria-3)",
                "case(Syria-3, from-2)",
                "obj(attacked-4, city-6)",
                "det(city-6, the-5)");
        EventPlace kunduz = place.orElseThrow();
        assertEquals("Kunduz", kunduz.name());
        assertEquals("anaphora", kunduz.rule());
    }

    @Test
    void theCountryIsTheLastCountryNamedBefore() {
        Document d = new DocumentBuilder()
                .sentence("Syria/NNP 's/POS army/NN shelled/VBD/shell Homs/NNP ./.")
                .name("E1", "Syria", EntityType.GPE)
                .name("E2", "Homs", EntityType.GPE)
                .sentence(
                        "Fighting/NN spread/VBD/spread across/IN the/DT country/NN ./.",
                        "nsubj(spread-2, Fighting-1)",
                        "obl:across(spread-2, country-5)",
                        "case(country-5, across-3)",
                        "det(country-5, the-4)")
                .build();
        EventPlace place = place(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 1, "Fighting", FIGHTING)))
                .orElseThrow();
        assertEquals(new CharSpan(0, 5), place.span());
        assertEquals("anaphora", place.rule());
    }

    @Test
    void aNamesOwnWordsGiveItsKind() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS took/VBD/take the/DT town/NN of/IN Arsal/NNP near/IN Kunduz/NNP Province/NNP ./.",
                        "nsubj(took-2, Rebels-1)",
                        "obj(took-2, town-4)",
                        "det(town-4, the-3)",
                        "nmod:of(town-4, Arsal-6)",
                        "case(Arsal-6, of-5)",
                        "nmod:near(town-4, Province-9)",
                        "compound(Province-9, Kunduz-8)",
                        "case(Province-9, near-7)")
                .name("E1", "Arsal", EntityType.GPE)
                .name("E2", "Kunduz Province", EntityType.GPE)
                .sentence(
                        "Fighting/NN continued/VBD/continue in/IN the/DT town/NN ./.",
                        "nsubj(continued-2, Fighting-1)",
                        "obl:in(continued-2, town-5)",
                        "case(town-5, in-3)",
                        "det(town-5, the-4)")
                .build();
        assertEquals(
                "Arsal",
                place(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 1, "Fighting", FIGHTING)))
                        .orElseThrow()
                        .name());
    }

    @Test
    void thereIsTheLastPlaceNamedBefore() {
        Optional<EventPlace> place = afterKunduz(
                "Fighting",
                FIGHTING,
                "Fighting/NN continued/VBD/continue there/RB ./.",
                "nsubj(continued-2, Fighting-1)",
                "advmod(continued-2, there-3)");
        assertEquals("Kunduz", place.orElseThrow().name());
        assertEquals("anaphora", place.orElseThrow().rule());
    }

    @Test
    void anIndefinitePlaceNounRefersToNothingBefore() {
        Optional<EventPlace> place = afterKunduz(
                "attacked",
                ATTACK,
                "Troops/NNS from/IN Syria/NNP attacked/VBD/attack a/DT city/NN",
                "nsubj(attacked-4, Troops-1)",
                "obj(attacked-4, city-6)",
                "det(city-6, a-5)");
        assertEquals(Optional.empty(), place);
    }

    @Test
    void whatIsSeizedIsThePlaceNotControl() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Taliban/NNP seized/VBD/seize control/NN of/IN Kunduz/NNP",
                        "nsubj(seized-2, Taliban-1)",
                        "obj(seized-2, control-3)",
                        "nmod:of(control-3, Kunduz-5)",
                        "case(Kunduz-5, of-4)")
                .name("E1", "Taliban", EntityType.ORGANIZATION)
                .name("E2", "Kunduz", EntityType.GPE)
                .build();
        EventPasses passes = PassFixtures.passes();
        Trigger seized = PassFixtures.trigger(
                d, 0, "seized", PassFixtures.entry("seize|V|SEIZE_TERRITORY|AGENT|PATIENT|from=ORIGIN|-|0.8"));
        Draft draft = passes.place()
                .apply(passes.arguments().apply(PassFixtures.withTriggers(d, seized)))
                .drafts()
                .get(0);
        assertEquals(
                List.of("AGENT:Taliban", "PATIENT:Kunduz"),
                draft.arguments().stream().map(a -> a.role() + ":" + a.text()).toList());
        assertEquals(Optional.of(PassFixtures.place(d, "Kunduz", "syntax")), draft.place());
    }

    @Test
    void anAppIsNeverAPlace() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS announced/VBD/announce the/DT attack/NN on/IN Telegram/NNP",
                        "nsubj(announced-2, Rebels-1)",
                        "obj(announced-2, attack-4)",
                        "det(attack-4, the-3)",
                        "nmod:on(attack-4, Telegram-6)",
                        "case(Telegram-6, on-5)")
                .name("E1", "Telegram", EntityType.GPE)
                .build();
        Trigger attack =
                PassFixtures.trigger(d, 0, "attack", PassFixtures.entry("attack|N|ATTACK|AGENT|PATIENT|-|-|0.8"));
        assertEquals(Optional.empty(), place(PassFixtures.withDrafts(d, attack)));
    }

    @Test
    @Tag("issue-12")
    void aPlaceUnderATriggerThatIsNoEventGoesToTheEventAbove() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Ministers/NNS meeting/VBG/meet in/IN Brussels/NNP imposed/VBD/impose sanctions/NNS",
                        "acl(Ministers-1, meeting-2)",
                        "obl:in(meeting-2, Brussels-4)",
                        "case(Brussels-4, in-3)",
                        "nsubj(imposed-5, Ministers-1)",
                        "obj(imposed-5, sanctions-6)")
                .name("E1", "Brussels", EntityType.GPE)
                .build();
        Trigger meeting =
                PassFixtures.trigger(d, 0, "meeting", PassFixtures.entry("meet|V|NEGOTIATE|AGENT|PATIENT|-|-|0.25"));
        Trigger imposed =
                PassFixtures.trigger(d, 0, "imposed", PassFixtures.entry("impose|V|SANCTION|AGENT|PATIENT|-|-|0.8"));
        EventDrafts in =
                PassFixtures.withTriggers(d, meeting, imposed).withDrafts(List.of(Draft.of(imposed, List.of())));
        assertEquals(Optional.of(PassFixtures.place(d, "Brussels", "sentence")), place(in));
    }

    @Test
    void theDatelineIsNoPlaceToReferBackTo() {
        Document d = new DocumentBuilder()
                .dateline("Baghdad")
                .sentence(
                        "BAGHDAD/NNP -/: Clashes/NNS erupted/VBD/erupt in/IN the/DT area/NN",
                        "nsubj(erupted-4, Clashes-3)",
                        "obl:in(erupted-4, area-7)",
                        "case(area-7, in-5)",
                        "det(area-7, the-6)")
                .name("E1", "BAGHDAD", EntityType.GPE)
                .build();
        assertEquals(
                Optional.empty(), place(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "Clashes", FIGHTING))));
    }

    @Test
    void theCityANounTriggerIsOfIsItsPlace() {
        Optional<EventPlace> place = afterKunduz(
                "bombing",
                PassFixtures.entry("bombing|N|BOMBING|AGENT|PATIENT|-|-|0.9"),
                "The/DT bombing/NN of/IN the/DT city/NN caused/VBD/cause chaos/NN",
                "det(bombing-2, The-1)",
                "nmod:of(bombing-2, city-5)",
                "case(city-5, of-3)",
                "det(city-5, the-4)",
                "nsubj(caused-6, bombing-2)",
                "obj(caused-6, chaos-7)");
        assertEquals("Kunduz", place.orElseThrow().name());
    }

    @Test
    void aPlaceNounWithANameOnItIsNoReference() {
        Optional<EventPlace> place = afterKunduz(
                "Fighting",
                FIGHTING,
                "Fighting/NN continued/VBD/continue in/IN the/DT Markets/NNPS area/NN",
                "nsubj(continued-2, Fighting-1)",
                "obl:in(continued-2, area-6)",
                "case(area-6, in-3)",
                "det(area-6, the-4)",
                "compound(area-6, Markets-5)");
        assertEquals(Optional.empty(), place);
    }

    /** "The school is near Yauri, where students were kidnapped in June", the clause opened by {@code opener}. */
    private static Optional<EventPlace> placeOfKidnapping(String opener) {
        Document d = new DocumentBuilder()
                .sentence(
                        "The/DT school/NN is/VBZ/be near/IN Yauri/NNP ,/, " + opener
                                + "/WRB students/NNS were/VBD/be kidnapped/VBN/kidnap in/IN June/NNP ./.",
                        "det(school-2, The-1)",
                        "nsubj(Yauri-5, school-2)",
                        "cop(Yauri-5, is-3)",
                        "case(Yauri-5, near-4)",
                        "acl:relcl(Yauri-5, kidnapped-10)",
                        "advmod(kidnapped-10, " + opener + "-7)",
                        "nsubj:pass(kidnapped-10, students-8)",
                        "aux:pass(kidnapped-10, were-9)",
                        "obl:in(kidnapped-10, June-12)",
                        "case(June-12, in-11)")
                .name("E1", "Yauri", EntityType.GPE)
                .build();
        Trigger kidnapped =
                PassFixtures.trigger(d, 0, "kidnapped", PassFixtures.entry("kidnap|V|ABDUCT|AGENT|PATIENT|-|-|0.9"));
        return place(PassFixtures.withDrafts(d, kidnapped));
    }

    @Test
    void anEventInAWhereClauseHappenedAtThePlaceItDescribes() {
        assertEquals("syntax", placeOfKidnapping("where").orElseThrow().rule());
        assertEquals("Yauri", placeOfKidnapping("where").orElseThrow().name());
        // "when" opens a clause of time, not of place; Yauri is then only another place of the sentence
        assertEquals("sentence", placeOfKidnapping("when").orElseThrow().rule());
    }
}
