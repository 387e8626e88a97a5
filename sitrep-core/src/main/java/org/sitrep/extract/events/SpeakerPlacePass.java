package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.model.Role;

/**
 * "speaker-place": a statement, threat, demand or sanction (the ontology's "statement" family) whose
 * text names no place was made in its one agent's country when the agent says which: a country or a capital
 * that speaks for its government ("Moscow condemned the measures": Moscow), a country's institution ("Iran's
 * foreign ministry condemned": Iran); rule "speaker". A nationality ("the Iranian foreign ministry") is left
 * out: an event's place is a name in the text, and "Iranian" names no place. Runs before "defaults":
 * the dateline says where the story was filed, not where a government spoke. Other events happen where they
 * happen, not where their agent comes from ("Russian forces shelled...", "Israel freed 33 prisoners").
 */
final class SpeakerPlacePass extends DraftPass {
    private final Set<String> statements;
    private final Function<String, Optional<String>> countryOf;

    /**
     * @param statements the ontology's "statement" family
     * @param countryOf  ISO 3166-1 alpha-2 code of a country name
     */
    SpeakerPlacePass(Set<String> statements, Function<String, Optional<String>> countryOf) {
        super("speaker-place", Set.of(Part.DRAFTS));
        this.statements = Set.copyOf(statements);
        this.countryOf = countryOf;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        Document document = drafts.document();
        return d -> {
            if (d.place().isPresent() || !statements.contains(d.type())) {
                return d;
            }
            List<Argument> agents =
                    d.arguments().stream().filter(a -> a.role() == Role.AGENT).toList();
            return agents.size() == 1 ? d.withPlace(speakerPlace(document, agents.get(0))) : d;
        };
    }

    /**
     * The country the agent names: the agent itself when it is a country's or a town's name (a town that speaks
     * is a capital, "Moscow", or a city's government), else the first country named inside it ("Iran's foreign
     * ministry"), by the geocode stage's reading.
     */
    private Optional<EventPlace> speakerPlace(Document document, Argument agent) {
        for (Entity e : document.entities()) {
            Optional<Geocode> geo = e.geo();
            if (geo.isEmpty() || e.type() == EntityType.NORP) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.kind() != EntityMention.Kind.NAME || !agent.span().contains(m.span())) {
                    continue;
                }
                boolean whole = m.span().equals(agent.span()) && e.type() != EntityType.NORP;
                boolean country = geo.get().precision().equals("country");
                if (whole || country) {
                    String name = e.type() == EntityType.NORP ? geo.get().name() : m.text();
                    Optional<String> code = Optional.of(geo.get().country()).filter(c -> !c.isEmpty());
                    return Optional.of(new EventPlace(m.span(), name, code.or(() -> countryOf.apply(name)), "speaker"));
                }
            }
        }
        return Optional.empty();
    }
}
