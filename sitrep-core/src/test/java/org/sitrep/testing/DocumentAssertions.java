package org.sitrep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Invariants every stage must keep; call it in every stage test. */
public final class DocumentAssertions {
    private DocumentAssertions() {}

    public static void assertWellFormed(Document d) {
        int previous = -1;
        for (Sentence s : d.sentences()) {
            assertTrue(s.span().begin() > previous, "sentence " + s.index() + " goes backwards");
            previous = s.span().begin();
            for (Token t : s.tokens()) {
                assertCovers(d, t.span(), t.text(), "token");
            }
        }
        for (Entity e : d.entities()) {
            for (EntityMention m : e.mentions()) {
                assertCovers(d, m.span(), m.text(), "mention of " + e.id());
            }
        }
        for (Event e : d.events()) {
            for (EventMention m : e.mentions()) {
                assertCovers(d, m.trigger(), m.text(), "trigger of " + e.id());
            }
            for (Argument a : e.arguments()) {
                assertCovers(d, a.span(), a.text(), "argument of " + e.id());
                a.entityId()
                        .ifPresent(id -> assertTrue(
                                d.entities().stream().anyMatch(x -> x.id().equals(id)),
                                "argument of " + e.id() + " names unknown entity " + id));
            }
            e.place().ifPresent(p -> {
                if (p.span().length() > 0) {
                    assertCovers(d, p.span(), p.name(), "place of " + e.id());
                }
            });
            assertTrue(e.evidence().contains(e.trigger().trigger()), "evidence of " + e.id() + " lacks its trigger");
        }
    }

    private static void assertCovers(Document d, CharSpan span, String text, String what) {
        assertTrue(span.end() <= d.text().length(), what + " " + span + " beyond the text");
        assertEquals(text, d.textOf(span), what + " text differs from the covered text");
    }
}
