package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class JoiningPassTest {
    private static final EventPass PASS = PassFixtures.passes().joining();
    private static final TriggerEntry JOIN = PassFixtures.entry("join|V|RECRUIT|PATIENT|AGENT|-|@organization|0.7");
    private static final Document DOC = new DocumentBuilder()
            .sentence("A/DT Lebanese/JJ soldier/NN has/VBZ/have fled/VBN/flee ./.")
            .nominal("E1", "A Lebanese soldier", EntityType.PERSON)
            .sentence("Mustafa/NNP Nasser/NNP joined/VBD/join Nusra/NNP Front/NNP ./.")
            .name("E1", "Mustafa Nasser", EntityType.PERSON)
            .name("E2", "Nusra Front", EntityType.ORGANIZATION)
            .sentence("Local/JJ men/NNS joined/VBD/join Nusra/NNP Front/NNP too/RB ./.")
            .nominal("E3", "Local men", EntityType.PERSON)
            .build();

    private static Draft joining(int sentence, String member, String memberEntity, TriggerEntry entry) {
        Trigger joined = PassFixtures.trigger(DOC, sentence, "joined", entry);
        int at = DOC.sentences().get(sentence).span().begin();
        Argument patient =
                new Argument(Role.PATIENT, new CharSpan(at, at + member.length()), member, Optional.of(memberEntity));
        Argument group = PassFixtures.argument(DOC, Role.AGENT, "Nusra Front", "E2");
        Draft d = Draft.of(joined, List.of(patient, group));
        return PASS.apply(PassFixtures.withTriggers(DOC, joined).withDrafts(List.of(d)))
                .drafts()
                .get(0);
    }

    private static List<String> roles(Draft d) {
        return d.arguments().stream().map(a -> a.role() + ":" + a.text()).toList();
    }

    @Test
    void aSoldierWhoJoinsAnArmedGroupDefects() {
        Draft d = joining(1, "Mustafa Nasser", "E1", JOIN);
        assertEquals("DEFECT", d.type());
        assertEquals(List.of("AGENT:Mustafa Nasser", "RECIPIENT:Nusra Front"), roles(d));
    }

    @Test
    void othersWhoJoinAreRecruited() {
        Draft d = joining(2, "Local men", "E3", JOIN);
        assertEquals("RECRUIT", d.type());
        assertEquals(List.of("PATIENT:Local men", "AGENT:Nusra Front"), roles(d));
    }

    @Test
    void onlyJoiningIsReadThisWay() {
        TriggerEntry enlist = PassFixtures.entry("enlist|V|RECRUIT|PATIENT|AGENT|-|-|0.7");
        assertEquals("RECRUIT", joining(1, "Mustafa Nasser", "E1", enlist).type());
    }
}
