package org.sitrep.extract.events;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sitrep.model.EventPlace;

/**
 * "focus-place": an event that happens on the ground (the ontology's "on-site" family: fighting,
 * killings, arrests, protests, disasters...) and whose sentence and paragraph name no place happened
 * in the place the article is about, its focus (rule "focus", see {@link NamedPlaces#focus()}). Statements,
 * talks and decisions are made elsewhere (a capital, a court) and are left to the dateline. Runs after
 * "context-place" and before "defaults", which gives the dateline to what is still without a place.
 */
final class FocusPlacePass extends DraftPass {
    private final Set<String> onSite;
    private final Function<String, Optional<String>> countryOf;
    private final EventWords words;

    /**
     * @param onSite    the ontology's "on-site" family
     * @param countryOf ISO 3166-1 alpha-2 code of a country name
     */
    FocusPlacePass(Set<String> onSite, Function<String, Optional<String>> countryOf, EventWords words) {
        super("focus-place", Set.of(Part.DRAFTS));
        this.onSite = onSite;
        this.countryOf = countryOf;
        this.words = words;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        Optional<EventPlace> focus = new NamedPlaces(drafts.document(), words, countryOf)
                .focus()
                .map(m -> new EventPlace(m.span(), m.text(), countryOf.apply(m.text()), "focus"));
        return d -> d.place().isEmpty() && onSite.contains(d.type()) ? d.withPlace(focus) : d;
    }
}
