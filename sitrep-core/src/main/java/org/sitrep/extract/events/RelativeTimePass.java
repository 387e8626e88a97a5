package org.sitrep.extract.events;

import java.util.Set;

/**
 * "relative-time": "X happened a month after Y" dates Y from X; "released them a day later" dates the
 * release from the event reported before it (rule "relative"). See
 * {@link Discourse#resolveEventRelativeTimes}.
 */
final class RelativeTimePass extends EventPass {
    RelativeTimePass() {
        super("relative-time", Set.of(Part.DRAFTS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(Discourse.resolveEventRelativeTimes(drafts.drafts(), drafts.document()));
    }
}
