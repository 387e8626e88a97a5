package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;
import org.sitrep.testing.DocumentBuilder;

class SitrepTemplatesTest {
    private final SitrepTemplates mapping = SitrepTemplates.load(Ontology.load().names());

    @Test
    void aKillingJoinsTheBombingOfItsSentenceAndRolesFollowEntityTypes() {
        Document doc = new DocumentBuilder()
                .sentence("Gunmen/NNS of/IN the/DT Popular/NNP Front/NNP bombed/VBD the/DT bank/NN ,/, killing/VBG"
                        + " Jose/NNP Perez/NNP ./.")
                .nominal("E1", "Gunmen", EntityType.PERSON)
                .name("E2", "the Popular Front", EntityType.ORGANIZATION)
                .nominal("E3", "the bank", EntityType.FACILITY)
                .name("E4", "Jose Perez", EntityType.PERSON)
                .build();
        List<Event> events = new ArrayList<>();
        events.add(event(
                doc,
                "V1",
                "BOMBING",
                "bombed",
                Modality.ASSERTED,
                arg(doc, Role.AGENT, "Gunmen", "E1"),
                arg(doc, Role.AGENT, "the Popular Front", "E2"),
                arg(doc, Role.PATIENT, "the bank", "E3")));
        events.add(event(doc, "V2", "KILL", "killing", Modality.ASSERTED, arg(doc, Role.PATIENT, "Jose Perez", "E4")));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(events));
        assertEquals(1, templates.size());
        MucTemplate t = templates.get(0);
        assertEquals("bombing", t.incidentType());
        assertEquals(List.of(List.of("Gunmen")), t.of(MucRole.PERP_IND));
        assertEquals(List.of(List.of("the Popular Front")), t.of(MucRole.PERP_ORG));
        assertEquals(List.of(List.of("the bank")), t.of(MucRole.TARGET));
        assertEquals(List.of(List.of("Jose Perez")), t.of(MucRole.VICTIM));
    }

    @Test
    void fireMakesDestructionArsonAndAPronounGivesItsEntitysName() {
        Document doc = new DocumentBuilder()
                .sentence("Rebels/NNS seized/VBD the/DT Andes/NNP Hotel/NNP ./.")
                .name("E1", "the Andes Hotel", EntityType.FACILITY)
                .sentence("They/PRP burned/VBD it/PRP ./.")
                .pronoun("E1", "it", EntityType.FACILITY)
                .build();
        Event burned = event(doc, "V1", "DESTROY", "burned", Modality.ASSERTED, arg(doc, Role.PATIENT, "it", "E1"));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(List.of(burned)));
        assertEquals(1, templates.size());
        assertEquals("arson", templates.get(0).incidentType());
        assertEquals(List.of(List.of("the Andes Hotel")), templates.get(0).of(MucRole.TARGET));
    }

    @Test
    void deniedFutureCombatAndUnmappedEventsAreNoIncidents() {
        Document doc = new DocumentBuilder()
                .sentence("Troops/NNS attacked/VBD rebels/NNS ,/, clashed/VBD ,/, denied/VBD killing/VBG and/CC"
                        + " vowed/VBD to/TO kidnap/VB ./.")
                .nominal("E1", "rebels", EntityType.PERSON)
                .build();
        Argument armed = arg(doc, Role.PATIENT, "rebels", "E1")
                .withActor(new ActorCoding("REB", Optional.empty(), "REB", 2, "description"));
        List<Event> events = List.of(
                event(doc, "V1", "ATTACK", "attacked", Modality.ASSERTED, armed),
                event(doc, "V2", "CLASH", "clashed", Modality.ASSERTED),
                event(doc, "V3", "KILL", "killing", Modality.NEGATED),
                event(doc, "V4", "ABDUCT", "kidnap", Modality.FUTURE));
        assertEquals(List.of(), mapping.templates(doc.withEvents(events)));
    }

    @Test
    void whomOneKillsIsAVictimAndUnresolvedPronounsAndBareNumbersFillNothing() {
        Document doc = new DocumentBuilder()
                .sentence("They/PRP killed/VBD a/DT peasant/NN and/CC 12/CD ./.")
                .build();
        Event killed = event(
                doc,
                "V1",
                "KILL",
                "killed",
                Modality.ASSERTED,
                new Argument(Role.AGENT, new CharSpan(0, 4), "They", Optional.empty()),
                new Argument(Role.PATIENT, new CharSpan(12, 21), "a peasant", Optional.empty()),
                new Argument(Role.PATIENT, new CharSpan(26, 28), "12", Optional.empty()));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(List.of(killed)));
        assertEquals(1, templates.size());
        assertEquals("attack", templates.get(0).incidentType());
        assertEquals(List.of(List.of("a peasant")), templates.get(0).of(MucRole.VICTIM));
        assertEquals(List.of(), templates.get(0).of(MucRole.PERP_IND));
    }

    @Test
    void anAttackWithExplosivesIsABombingAndItsDeviceTheWeapon() {
        Document doc = new DocumentBuilder()
                .sentence("A/DT grenade/NN killed/VBD two/CD students/NNS after/IN a/DT car/NN bomb/NN attack/NN ./.")
                .build();
        List<Event> events = List.of(
                event(
                        doc,
                        "V1",
                        "KILL",
                        "killed",
                        Modality.ASSERTED,
                        new Argument(Role.AGENT, new CharSpan(0, 9), "A grenade", Optional.empty()),
                        new Argument(Role.PATIENT, new CharSpan(17, 29), "two students", Optional.empty())),
                event(doc, "V2", "ATTACK", "car bomb attack", Modality.ASSERTED));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(events));
        assertEquals(1, templates.size());
        MucTemplate t = templates.get(0);
        assertEquals("bombing", t.incidentType());
        assertEquals(List.of(List.of("A grenade")), t.of(MucRole.WEAPON));
        assertEquals(List.of(), t.of(MucRole.PERP_IND));
        assertEquals(List.of(List.of("two students")), t.of(MucRole.VICTIM));
        // the act is no device: "the bombing" fills nothing, and an incident with no filler makes no template
        Document other = new DocumentBuilder()
                .sentence("Police/NNS condemned/VBD the/DT bombing/NN ./.")
                .build();
        List<MucTemplate> bombing = mapping.templates(
                other.withEvents(List.of(event(other, "V1", "BOMBING", "bombing", Modality.ASSERTED))));
        assertEquals(List.of(), bombing);
    }

    @Test
    void theOrganisationInsideAnAgentAndAClaimantArePerpetrators() {
        Document doc = new DocumentBuilder()
                .sentence("FMLN/NNP guerrillas/NNS attacked/VBD a/DT bus/NN ./.")
                .nominal("E1", "FMLN guerrillas", EntityType.PERSON)
                .name("E2", "FMLN", EntityType.ORGANIZATION)
                .sentence("The/DT Extraditables/NNPS claimed/VBD responsibility/NN for/IN the/DT bombing/NN ./.")
                .name("E3", "The Extraditables", EntityType.MISC)
                .build();
        List<Event> events = List.of(
                event(
                        doc,
                        "V1",
                        "ATTACK",
                        "attacked",
                        Modality.ASSERTED,
                        arg(doc, Role.AGENT, "FMLN guerrillas", "E1"),
                        new Argument(Role.PATIENT, new CharSpan(25, 30), "a bus", Optional.empty())),
                event(
                        doc,
                        "V2",
                        "CLAIM",
                        "claimed",
                        Modality.ASSERTED,
                        arg(doc, Role.AGENT, "The Extraditables", "E3")),
                event(doc, "V3", "BOMBING", "bombing", Modality.ASSERTED));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(events));
        assertEquals(
                List.of("attack", "bombing"),
                templates.stream().map(MucTemplate::incidentType).toList());
        assertEquals(List.of(List.of("FMLN guerrillas")), templates.get(0).of(MucRole.PERP_IND));
        assertEquals(List.of(List.of("FMLN")), templates.get(0).of(MucRole.PERP_ORG));
        assertEquals(List.of(List.of("a bus")), templates.get(0).of(MucRole.TARGET));
        assertEquals(List.of(List.of("The Extraditables")), templates.get(1).of(MucRole.PERP_ORG));
    }

    @Test
    void candidatesCarryTheirRoleAndFeaturesAndEachEntityFillsARoleOnce() {
        Document doc = new DocumentBuilder()
                .sentence("Gunmen/NNS killed/VBD Judge/NNP Ruiz/NNP ./.")
                .nominal("E1", "Gunmen", EntityType.PERSON)
                .name("E2", "Judge Ruiz", EntityType.PERSON)
                .sentence("They/PRP also/RB killed/VBD Ruiz/NNP 's/POS driver/NN ./.")
                .build();
        List<Event> events = List.of(
                event(doc, "V1", "KILL", "killed", Modality.ASSERTED, arg(doc, Role.PATIENT, "Judge Ruiz", "E2")),
                event(doc, "V2", "KILL", "also killed", Modality.ASSERTED, arg(doc, Role.PATIENT, "Ruiz", "E2")));
        List<FillerCandidate> candidates = mapping.candidates(doc.withEvents(events));
        List<FillerCandidate> rules =
                candidates.stream().filter(FillerCandidate::fromRules).toList();
        assertEquals(
                List.of("Judge Ruiz", "Ruiz"),
                rules.stream().map(FillerCandidate::text).toList());
        assertEquals(
                List.of("#E2", "#E2"), rules.stream().map(FillerCandidate::key).toList());
        assertTrue(rules.get(0).features().contains("Victim:kind=NAME"));
        assertTrue(rules.get(0).features().contains("Victim:source=argument"));
        // the other mentions of the incident's sentence, for the filler model: "Gunmen" as perpetrator or victim
        List<FillerCandidate> sentence =
                candidates.stream().filter(c -> !c.fromRules()).toList();
        assertEquals(
                List.of("Gunmen/PerpInd", "Gunmen/Victim"),
                sentence.stream().map(c -> c.text() + "/" + c.role().key()).toList());
        assertTrue(sentence.get(0).features().contains("PerpInd:side=before"));
        // one entity, one filler: the first text found for it; the rules alone keep only their own fillers
        List<MucTemplate> templates = mapping.templates(doc.withEvents(events));
        assertEquals(List.of(List.of("Judge Ruiz")), templates.get(0).of(MucRole.VICTIM));
        assertEquals(List.of(), templates.get(0).of(MucRole.PERP_IND));
        // a template whose candidates are all rejected stays, empty
        List<MucTemplate> rejected = IncidentTemplates.of(candidates, c -> false);
        assertEquals(1, rejected.size());
        assertEquals(List.of(), rejected.get(0).of(MucRole.VICTIM));
    }

    @Test
    void aKillingJoinsTheNearestIncidentOfAnotherTypeInTheArticle() {
        Document doc = new DocumentBuilder()
                .sentence("Rebels/NNS kidnapped/VBD Mayor/NNP Diaz/NNP ./.")
                .name("E1", "Mayor Diaz", EntityType.PERSON)
                .sentence("Later/RB a/DT bomb/NN exploded/VBD at/IN the/DT station/NN ./.")
                .sentence("It/PRP killed/VBD a/DT porter/NN ./.")
                .sentence("Nobody/NN was/VBD arrested/VBN ./.")
                .build();
        List<Event> events = List.of(
                event(doc, "V1", "ABDUCT", "kidnapped", Modality.ASSERTED, arg(doc, Role.PATIENT, "Mayor Diaz", "E1")),
                event(doc, "V2", "BOMBING", "exploded", Modality.ASSERTED),
                event(
                        doc,
                        "V3",
                        "KILL",
                        "killed",
                        Modality.ASSERTED,
                        new Argument(
                                Role.PATIENT,
                                new CharSpan(
                                        doc.text().indexOf("a porter"),
                                        doc.text().indexOf("a porter") + 8),
                                "a porter",
                                Optional.empty())));
        List<MucTemplate> templates = mapping.templates(doc.withEvents(events));
        // the killing, a sentence after the bombing and two after the kidnapping, is the bombing's outcome
        assertEquals(
                List.of("kidnapping", "bombing"),
                templates.stream().map(MucTemplate::incidentType).toList());
        assertEquals(List.of(List.of("a porter")), templates.get(1).of(MucRole.VICTIM));
    }

    @Test
    void namesElsewhereInTheArticleAreCandidatesOncePerIncidentTypeForTheModelAlone() {
        Document doc = new DocumentBuilder()
                .sentence("A/DT bomb/NN destroyed/VBD the/DT Central/NNP Bank/NNP ./.")
                .name("E1", "the Central Bank", EntityType.FACILITY)
                .sentence("Police/NNS blamed/VBD the/DT Red/NNP Brigade/NNP ./.")
                .name("E2", "the Red Brigade", EntityType.ORGANIZATION)
                .sentence("The/DT Red/NNP Brigade/NNP denied/VBD it/PRP ./.")
                .name("E2", "The Red Brigade", EntityType.ORGANIZATION)
                .build();
        Event bombing = event(
                doc,
                "V1",
                "BOMBING",
                "destroyed",
                Modality.ASSERTED,
                new Argument(Role.INSTRUMENT, new CharSpan(0, 6), "A bomb", Optional.empty()),
                arg(doc, Role.PATIENT, "the Central Bank", "E1"));
        List<FillerCandidate> article = mapping.candidates(doc.withEvents(List.of(bombing))).stream()
                .filter(c -> c.source().equals(FillerCandidate.ARTICLE))
                .toList();
        // the organisation's first mention outside the incident's sentence, as perpetrator or target, once each
        assertEquals(
                List.of("the Red Brigade/PerpOrg", "the Red Brigade/Target"),
                article.stream().map(c -> c.text() + "/" + c.role().key()).toList());
        assertTrue(article.get(0).features().contains("PerpOrg:distance=1"));
        assertTrue(article.stream().noneMatch(FillerCandidate::fromRules));
    }

    private static Argument arg(Document doc, Role role, String text, String entity) {
        int at = doc.text().indexOf(text);
        return new Argument(role, new CharSpan(at, at + text.length()), text, Optional.of(entity));
    }

    private static Event event(
            Document doc, String id, String type, String trigger, Modality modality, Argument... arguments) {
        int at = doc.text().indexOf(trigger);
        int sentence = doc.sentenceAt(at).orElseThrow().index();
        return new Event(
                id,
                type,
                List.of(new EventMention(new CharSpan(at, at + trigger.length()), trigger, sentence)),
                List.of(arguments),
                Optional.empty(),
                Optional.empty(),
                modality,
                0.9,
                new CharSpan(0, doc.text().length()));
    }
}
