package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;
import org.sitrep.testing.DocumentBuilder;

class DefaultsPassTest {
    private static final EventPass PASS = PassFixtures.passes().defaults();

    private static Draft defaults(DocumentBuilder builder, Modality modality) {
        Document d = builder.sentence("BEIRUT/NNP ,/, Lebanon/NNP -/: gunmen/NNS attacked/VBD/attack ./.")
                .build();
        Trigger attacked =
                PassFixtures.trigger(d, 0, "attacked", PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        EventDrafts in = PassFixtures.withTriggers(d, attacked)
                .withDrafts(List.of(Draft.of(attacked, List.of()).withModality(modality)));
        return PASS.apply(in).drafts().get(0);
    }

    @Test
    void withoutATimeAnEventHappenedByThePublicationDate() {
        Draft d = defaults(new DocumentBuilder().published("2016-01-07"), Modality.ASSERTED);
        TimeValue before = new TimeValue("2016-01-07", Precision.DAY, Optional.of("BEFORE"));
        assertEquals(Optional.of(EventTime.published(before)), d.time());
    }

    @Test
    void aFutureEventHappensAfterIt() {
        Draft d = defaults(new DocumentBuilder().published("2016-01-07"), Modality.FUTURE);
        assertEquals(
                Optional.of("AFTER"),
                d.time().orElseThrow().value().orElseThrow().modifier());
    }

    @Test
    void withoutAPlaceAnEventHappenedAtTheDateline() {
        Draft d = defaults(new DocumentBuilder().dateline("Beirut"), Modality.ASSERTED);
        assertEquals(
                Optional.of(new EventPlace(new CharSpan(0, 6), "BEIRUT", Optional.empty(), "dateline")), d.place());
    }

    @Test
    void withoutDateOrDatelineThereIsNoDefault() {
        Draft d = defaults(new DocumentBuilder(), Modality.ASSERTED);
        assertEquals(Optional.empty(), d.time());
        assertEquals(Optional.empty(), d.place());
    }

    @Test
    void whatTheTextGaveIsKept() {
        Document doc = new DocumentBuilder()
                .published("2016-01-07")
                .dateline("Beirut")
                .sentence("Gunmen/NNS attacked/VBD/attack Arsal/NNP in/IN 2014/CD ./.")
                .time("2014", "2014", Precision.YEAR)
                .build();
        Trigger attacked =
                PassFixtures.trigger(doc, 0, "attacked", PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        EventPlace arsal = new EventPlace(PassFixtures.span(doc, "Arsal"), "Arsal", Optional.empty(), "sentence");
        Draft draft = Draft.of(attacked, List.of())
                .withPlace(Optional.of(arsal))
                .withTime(Optional.of(PassFixtures.time(doc, "2014", "sentence")));
        Draft d = PASS.apply(PassFixtures.withTriggers(doc, attacked).withDrafts(List.of(draft)))
                .drafts()
                .get(0);
        assertEquals(Optional.of(arsal), d.place());
        assertEquals("2014", d.time().orElseThrow().value().orElseThrow().value());
    }
}
