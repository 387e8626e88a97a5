package org.sitrep.extract.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;

/**
 * "defaults": last resorts, for what no rule found. An event without a time happened on or before
 * the publication date (rule "published", modifier BEFORE; AFTER for a future event); an event
 * without a place happened at the dateline's place (rule "dateline"). Last, so that every other
 * rule has had its chance.
 */
final class DefaultsPass extends DraftPass {
    private final Function<String, Optional<String>> countryOf;

    /** @param countryOf ISO 3166-1 alpha-2 code of a country name */
    DefaultsPass(Function<String, Optional<String>> countryOf) {
        super("defaults", Set.of(Part.DRAFTS));
        this.countryOf = countryOf;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        Document document = drafts.document();
        Optional<EventPlace> dateline = datelinePlace(document);
        return d -> {
            if (d.time().isEmpty() && document.published().isPresent()) {
                String mod = d.modality() == Modality.FUTURE ? "AFTER" : "BEFORE";
                TimeValue date = new TimeValue(document.published().get().toString(), Precision.DAY, Optional.of(mod));
                d = d.withTime(Optional.of(EventTime.published(date)));
            }
            return d.place().isEmpty() && dateline.isPresent() ? d.withPlace(dateline) : d;
        };
    }

    private Optional<EventPlace> datelinePlace(Document document) {
        if (document.dateline().isEmpty()) {
            return Optional.empty();
        }
        String name = document.dateline().get();
        // the dateline stands at the start of the body, often in capitals: "MOSUL, Iraq -"
        int at = document.text().toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return Optional.empty();
        }
        CharSpan span = new CharSpan(at, at + name.length());
        return Optional.of(new EventPlace(span, document.textOf(span), countryOf.apply(name), "dateline"));
    }
}
