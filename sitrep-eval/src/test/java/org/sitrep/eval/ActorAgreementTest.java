package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;

class ActorAgreementTest {
    private static final Set<String> ISO3 = Set.of("ISR", "PSE", "USA");

    @Test
    void countsARecordWhenAnyArgumentOfTheRolesAgreesWithAnyGoldActor() {
        ActorAgreement a = new ActorAgreement();
        Event e = event("ATTACK", arg(Role.AGENT, "ISRMIL", "IL", "MIL"), arg(Role.PATIENT, "PSECVL", "PS", "CVL"));
        a.add(List.of(gold("USA", "GOV"), gold("ISR", "GOV")), List.of(e), ActorAgreement.SOURCE_ROLES);
        assertEquals(new Counts(1, 1, 1), a.country());
        assertEquals(new Counts(0, 1, 1), a.countryAndSector());
    }

    @Test
    void leavesOutRecordsWithoutAComparableGoldActor() {
        ActorAgreement a = new ActorAgreement();
        Event e = event("ATTACK", arg(Role.AGENT, "ISRMIL", "IL", "MIL"));
        a.add(List.of(), List.of(e), ActorAgreement.SOURCE_ROLES);
        a.add(List.of(CameoActorCode.parse("---REB", ISO3)), List.of(e), ActorAgreement.SOURCE_ROLES);
        a.add(List.of(gold("PSE", null)), List.of(e), ActorAgreement.TARGET_ROLES);
        assertEquals(new Counts(0, 1, 1), a.country());
        assertEquals(Counts.ZERO, a.countryAndSector());
    }

    private static CameoActorCode gold(String code, String sector) {
        return CameoActorCode.parse(code, Optional.ofNullable(sector), ISO3);
    }

    static Argument arg(Role role, String code, String iso2, String sector) {
        return new Argument(
                role,
                new CharSpan(0, 1),
                "x",
                Optional.empty(),
                Optional.of(CameoActorCodeTest.actor(code, iso2, sector)));
    }

    static Event event(String type, Argument... arguments) {
        return event(type, 0.9, arguments);
    }

    static Event event(String type, double confidence, Argument... arguments) {
        return new Event(
                "V-" + type,
                type,
                List.of(new EventMention(new CharSpan(0, 4), "xxxx", 0)),
                List.of(arguments),
                Optional.empty(),
                Optional.empty(),
                Modality.ASSERTED,
                confidence,
                new CharSpan(0, 10));
    }
}
