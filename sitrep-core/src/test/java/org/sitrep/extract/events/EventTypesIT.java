package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedSitrep;

/** One hand-written sentence per event type, through the whole pipeline. */
class EventTypesIT {

    static Document extract(String text) {
        return SharedSitrep.extract(text, LocalDate.of(2020, 6, 10));
    }

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ATTACK            | Gunmen attacked a police checkpoint outside the city of Kano on Tuesday.
            BOMBING           | A car bomb exploded near a crowded market in Kabul, police said.
            AIRSTRIKE         | Russian warplanes carried out air strikes on rebel positions in Idlib province.
            AIRSTRIKE         | Government jets bombed a crowded market in the town of Ariha on Monday.
            SHELLING          | Government forces shelled the village of Kafr Nabl overnight.
            CLASH             | Fighters from the two militias clashed in the south of Tripoli on Monday.
            KILL              | Militants killed three soldiers in an ambush in northern Mali.
            INJURE            | Twelve protesters were wounded when police opened fire in Lagos.
            ABDUCT            | Armed men kidnapped two aid workers in the Central African Republic.
            SEIZE_TERRITORY   | Taliban fighters captured the district centre of Ghazni after heavy fighting.
            WITHDRAW          | Ethiopian troops withdrew from the town of Axum last week.
            DESTROY           | Soldiers burned down dozens of homes in the village, residents said.
            ARREST            | Turkish police arrested 40 suspected members of the group in Istanbul.
            RELEASE           | The rebels released six hostages on Sunday.
            PRISONER_EXCHANGE | Russia and Ukraine exchanged 200 prisoners of war on Friday.
            CHARGE            | Prosecutors charged the former minister with corruption.
            SENTENCE          | A military court sentenced the journalist to five years in prison.
            RECRUIT           | The militia recruited hundreds of children in the eastern provinces.
            DEFECT            | A senior army officer defected to the opposition last month.
            PROTEST           | Thousands of people protested in Khartoum against the military government.
            RIOT              | Rioters looted shops and torched cars in the capital overnight.
            AGREE             | The government and the rebels signed a ceasefire agreement in Doha.
            NEGOTIATE         | Officials from both sides held talks in Geneva on Thursday.
            THREATEN          | The group threatened to attack foreign embassies in the capital.
            ACCUSE            | The ministry accused Rwanda of backing the rebels.
            DEMAND            | Protesters demanded the resignation of the prime minister.
            AID               | The United Nations delivered food aid to 20,000 displaced families.
            DEPLOY            | The government deployed troops to the border region on Saturday.
            DISPLACE          | More than 10,000 people fled their homes after the floods and fighting.
            CLAIM             | The Islamic State group claimed responsibility for the attack.
            SANCTION          | The European Union imposed new sanctions on Iran after the missile tests.
            SANCTION          | Norway expelled two Russian diplomats on Friday.
            NATURAL_DISASTER  | A powerful earthquake struck central Morocco on Friday night.
            ACCIDENT          | A passenger plane crashed shortly after take-off from Kathmandu.
            ACCIDENT          | A fire broke out at a hospital in Baghdad on Saturday.
            ACCIDENT          | Six workers were killed when a chemical plant exploded near Prague on Thursday.
            TRAFFICKING       | Police seized two tonnes of cocaine hidden in a shipment of bananas.
            TRAFFICKING       | The gang smuggled migrants across the border in lorries.
            """)
    void findsEachEventType(String type, String sentence) {
        Document d = extract(sentence);
        assertTrue(
                d.events().stream().anyMatch(e -> e.type().equals(type)),
                () -> type + " not found; got "
                        + d.events().stream().map(Event::type).toList());
    }

    @org.junit.jupiter.api.Test
    void anExplodingPlantIsNoBombing() {
        Document d = extract("Six workers were killed when a chemical plant exploded near Prague on Thursday.");
        assertTrue(d.events().stream().noneMatch(e -> e.type().equals("BOMBING")), () -> d.events()
                .toString());
    }

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            asserted  | Police arrested the mayor of the town on Sunday.
            reported  | Police reportedly arrested the mayor of the town on Sunday.
            reported  | Police arrested the mayor of the town, according to local media.
            uncertain | Police may have arrested the mayor of the town.
            negated   | Police denied that they had arrested the mayor of the town.
            future    | Police will arrest the mayor of the town.
            future    | Police vowed to arrest the mayor of the town.
            """)
    void readsModality(String modality, String sentence) {
        Event arrest = extract(sentence).events().stream()
                .filter(e -> e.type().equals("ARREST"))
                .findFirst()
                .orElseThrow();
        assertEquals(modality, arrest.modality().name().toLowerCase());
    }

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-06-06 | Gunmen kidnapped a priest on Saturday.
            2014-08    | Gunmen kidnapped a priest in August 2014.
            2020-05    | Gunmen kidnapped a priest last month.
            2020-06-09 | Gunmen kidnapped a priest yesterday.
            """)
    void normalisesTimesAgainstThePublicationDate(String value, String sentence) {
        Event abduction = extract(sentence).events().stream()
                .filter(e -> e.type().equals("ABDUCT"))
                .findFirst()
                .orElseThrow();
        assertEquals(value, abduction.time().orElseThrow().value().orElseThrow().value());
    }

    @org.junit.jupiter.api.Test
    void coordinatedSubjectsAreBothAgents() {
        Document d = extract("Hamas and Islamic Jihad attacked an army post near the border.");
        Event attack = d.events().stream()
                .filter(e -> e.type().equals("ATTACK"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                2,
                attack.arguments().stream()
                        .filter(a -> a.role() == org.sitrep.model.Role.AGENT)
                        .count(),
                attack.arguments()::toString);
    }

    @org.junit.jupiter.api.Test
    void passiveByPhraseIsTheAgent() {
        Document d = extract("Two journalists were abducted by al-Shabaab in Mogadishu.");
        Event abduction = d.events().stream()
                .filter(e -> e.type().equals("ABDUCT"))
                .findFirst()
                .orElseThrow();
        assertTrue(abduction.arguments().stream()
                .anyMatch(
                        a -> a.role() == org.sitrep.model.Role.AGENT && a.text().contains("Shabaab")));
        assertEquals("Mogadishu", abduction.place().orElseThrow().name());
    }

    @ParameterizedTest(name = "{0} did the {1} in: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Boko Haram    | ATTACK  | Police   | Police blamed Boko Haram for the attack on a market in Maiduguri.
            militants     | BOMBING | The army | The army blamed the militants for a bombing at a bus station in Kano.
            rebels        | ATTACK  | The UN   | The UN blamed the attack on the rebels.
            Taliban       | ATTACK  | the army | The Taliban were blamed by the army for an attack on a school in Kabul.
            """)
    void theAccusedDidTheActAnAccusationNames(String accused, String type, String accuser, String sentence) {
        Document d = extract(sentence);
        Event act = d.events().stream()
                .filter(e -> e.type().equals(type)
                        && d.text()
                                .substring(e.evidence().begin(), e.evidence().end())
                                .contains(accuser))
                .reduce((first, second) -> second) // the act the accusation names, after any told before it
                .orElseThrow(() -> new AssertionError("no " + type + " in " + d.events()));
        var agents = act.arguments().stream()
                .filter(a -> a.role() == org.sitrep.model.Role.AGENT)
                .map(org.sitrep.model.Argument::text)
                .toList();
        assertTrue(
                agents.stream().anyMatch(a -> a.toLowerCase().endsWith(accused.toLowerCase())),
                () -> "agents " + agents);
        assertTrue(agents.stream().noneMatch(a -> a.contains(accuser)), () -> "agents " + agents);
    }
}
