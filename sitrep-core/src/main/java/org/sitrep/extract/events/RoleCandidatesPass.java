package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "role-candidates": hands each draft's role candidates, with the rules' arguments, to a consumer and changes
 * nothing: how {@code sitrep train} sees the pairs the role model will score, with the same features.
 */
final class RoleCandidatesPass extends EventPass {
    private final Consumer<EventRoleCandidates> sink;

    RoleCandidatesPass(Consumer<EventRoleCandidates> sink) {
        super("role-candidates", Set.of(Part.DRAFTS), Set.of());
        this.sink = sink;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        RoleCandidates candidates = new RoleCandidates(drafts.document());
        List<EventRoleCandidates> all = new ArrayList<>();
        for (Draft d : drafts.drafts()) {
            if (d.trigger().sentence().isParsed()) {
                all.add(new EventRoleCandidates(
                        drafts.document(),
                        d.trigger().sentence(),
                        d.trigger().span(),
                        d.trigger().head(),
                        d.arguments(),
                        candidates.of(d)));
            }
        }
        all.forEach(sink);
        return drafts;
    }
}
