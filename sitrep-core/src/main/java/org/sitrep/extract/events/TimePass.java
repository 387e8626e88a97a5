package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "time": the time expression the parse attaches to the trigger, rule "syntax", else one of the
 * sentence attached to no other trigger, rule "sentence" ({@link TimeAttacher}). Expressions relative
 * to another event ("a month after") wait for the "relative-time" pass.
 */
final class TimePass extends DraftPass {
    private final TimeAttacher attacher;

    TimePass(TimeAttacher attacher) {
        super("time", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.attacher = attacher;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        return d -> d.withTime(attacher.attach(
                d.trigger(),
                drafts.document().text(),
                drafts.document().times(),
                drafts.triggersIn(d.trigger().sentence()),
                drafts.document().published()));
    }
}
