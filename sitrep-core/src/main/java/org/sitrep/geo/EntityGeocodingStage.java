package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.data.WordLists;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Geocode;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Geocodes every entity that names a place, all of an article's places together ({@link ArticlePlaces}):
 * <ul>
 *   <li>GPE, LOCATION and FACILITY entities that the gazetteer knows;</li>
 *   <li>entities the tagger typed otherwise (ORGANIZATION, MISC, PERSON) whose name the text supports as a place:
 *       a cue word before it ("in Israel"), a qualifier after it ("Paris, Tenn."), or, except for PERSON, the
 *       exact name of a country or first-order division;</li>
 *   <li>NORP entities that are a country's demonym ("Russian"): the country;</li>
 *   <li>place names the tagger missed ({@link ToponymFinder}), added as GPE or LOCATION entities.</li>
 * </ul>
 * A capital as the subject of a speech verb ("Washington said") keeps its {@code geo}: the name still refers to
 * the place, and its government is coded as an actor by the actors stage; {@link GeocodingStage} does not make it
 * an event place. Runs after the times stage so that "in March" is no town.
 */
public final class EntityGeocodingStage implements Stage {
    static final double NEAR_KM = 150;
    static final double NEAR_PERSON_KM = 50;
    private final PlaceResolver resolver;
    private final Countries countries;
    private final Gazetteer gazetteer;
    private final Qualifiers qualifiers;
    private final ToponymFinder finder;
    private final Set<String> cues;
    private final Set<String> directions;
    private final Set<String> speechVerbs;
    private final Set<String> institutionWords;
    private final Set<String> placeNouns;

    public EntityGeocodingStage(Gazetteer gazetteer, Countries countries, Qualifiers qualifiers, WordLists words) {
        this.resolver = new PlaceResolver(gazetteer, countries);
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.qualifiers = qualifiers;
        this.cues = words.get("toponym-cues");
        this.directions = words.get("direction-words");
        this.speechVerbs = words.get("metonymy-verbs");
        this.institutionWords = words.get("local-institution-words");
        this.placeNouns = words.get("place-nouns");
        this.finder = new ToponymFinder(gazetteer, countries, qualifiers, words);
    }

    @Override
    public String name() {
        return "geocode";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ENTITIES, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.GEOCODES);
    }

    @Override
    public Document apply(Document document) {
        List<Countries.Mention> countryMentions = countries.mentionsIn(document.text());
        Document d = withMissedPlaces(document, countryMentions);
        Map<String, ArticlePlaces.Toponym> toponyms = new LinkedHashMap<>();
        Map<String, Geocode> fixed = new LinkedHashMap<>();
        Set<String> personNames = personNameWords(d);
        List<Place> abbreviated = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (e.type() == EntityType.NORP) {
                countries.byDemonym(e.name()).flatMap(this::countryGeocode).ifPresent(g -> fixed.put(e.id(), g));
            } else if (abbreviatedDivision(e).isPresent()) {
                Place p = abbreviatedDivision(e).get();
                abbreviated.add(p);
                fixed.put(
                        e.id(), new ResolvedPlace(p, ResolvedPlace.PROVINCE, "abbreviation of " + p.name()).geocode());
            } else {
                toponym(d, e, personNames).ifPresent(t -> toponyms.put(e.id(), t));
            }
        }
        // a division named by its abbreviation ("Tenn.", "D-S.C.") is context like any other place of the article
        PlaceContext base = ArticleContext.of(d, countries, gazetteer, countryMentions)
                .build()
                .withPlaces(abbreviated);
        Map<String, ResolvedPlace> resolved =
                ArticlePlaces.resolve(resolver, sameSenseInArticle(List.copyOf(toponyms.values())), base);
        List<Place> places =
                resolved.values().stream().map(ResolvedPlace::place).toList();
        Map<String, ResolvedPlace> apart = bareReadingsApart(toponyms.values(), resolved, base);
        Set<String> ids = new HashSet<>();
        d.entities().forEach(e -> ids.add(e.id()));
        List<Entity> entities = new ArrayList<>(d.entities().size());
        for (Entity e : d.entities()) {
            Optional<Geocode> geo = Optional.ofNullable(fixed.get(e.id()));
            ArticlePlaces.Toponym t = toponyms.get(e.id());
            if (t != null && apart.containsKey(t.key()) && resolved.containsKey(t.key())) {
                entities.addAll(splitApart(d, e, resolved.get(t.key()), apart.get(t.key()), ids));
                continue;
            }
            if (t != null && resolved.containsKey(t.key())) {
                geo = Optional.of(resolved.get(t.key()).geocode());
            } else if (t == null && geo.isEmpty() && !e.type().isPlace() && e.type() != EntityType.NORP) {
                geo = besideTheArticlesPlaces(d, e, personNames, resolved, places, base);
            }
            entities.add(e.withGeo(geo));
        }
        return d.withEntities(entities);
    }

    /**
     * For a name the article once writes with a qualifier ("Tripoli, Libya"), its reading without the qualifier when
     * that differs and the article's country evidence prefers its country: an article about the Lebanese Tripoli that
     * compares it with "Tripoli, Libya" once. A bare reading won by population or feature alone ("Paris" is Paris,
     * France beside "Paris, Tenn.") is no evidence: the name keeps the qualified sense throughout (one sense per
     * article).
     */
    private Map<String, ResolvedPlace> bareReadingsApart(
            java.util.Collection<ArticlePlaces.Toponym> toponyms,
            Map<String, ResolvedPlace> resolved,
            PlaceContext base) {
        Map<String, ResolvedPlace> apart = new LinkedHashMap<>();
        for (ArticlePlaces.Toponym t : sameSenseInArticle(List.copyOf(toponyms))) {
            ResolvedPlace qualified = resolved.get(t.key());
            if (t.qualifier().isEmpty() || t.part() || qualified == null || apart.containsKey(t.key())) {
                continue;
            }
            List<Place> others = new ArrayList<>();
            resolved.forEach((key, r) -> {
                if (!key.equals(t.key())) {
                    others.add(r.place());
                }
            });
            resolver.resolve(t.name(), base.withPlaces(others))
                    .filter(bare ->
                            bare.place().geonameId() != qualified.place().geonameId()
                                    && base.weight(bare.place().country())
                                            > base.weight(qualified.place().country()))
                    .ifPresent(bare -> apart.put(t.key(), bare));
        }
        return apart;
    }

    /**
     * An entity whose name mentions read apart: the mentions written with the qualifier keep the qualified place,
     * the others take the bare reading; when both kinds are there, the kind of the first name mention stays with the
     * entity (with its other mentions) and the rest become a new entity of the same name and type.
     */
    private List<Entity> splitApart(
            Document d, Entity e, ResolvedPlace qualified, ResolvedPlace bare, Set<String> ids) {
        List<EntityMention> withQualifier = new ArrayList<>();
        List<EntityMention> rest = new ArrayList<>();
        for (EntityMention m : e.mentions()) {
            boolean written = m.kind() == EntityMention.Kind.NAME
                    && (m.text().contains(",")
                            || qualifiers.at(d.text(), m.span().end()).isPresent());
            (written ? withQualifier : rest).add(m);
        }
        Geocode bareGeo = new ResolvedPlace(
                        bare.place(),
                        bare.precision(),
                        "named without its qualifier, read apart from the qualified mention; " + bare.reason(),
                        bare.score())
                .geocode();
        boolean restHasName = rest.stream().anyMatch(m -> m.kind() == EntityMention.Kind.NAME);
        if (withQualifier.isEmpty() || !restHasName) {
            return List.of(e.withGeo(Optional.of(withQualifier.isEmpty() ? bareGeo : qualified.geocode())));
        }
        EntityMention first = e.mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.NAME)
                .findFirst()
                .orElseThrow();
        boolean firstQualified = withQualifier.contains(first);
        List<EntityMention> kept = firstQualified ? withQualifier : rest;
        List<EntityMention> moved = firstQualified ? rest : withQualifier;
        List<EntityMention> movedNames =
                moved.stream().filter(m -> m.kind() == EntityMention.Kind.NAME).toList();
        List<EntityMention> keptAll = new ArrayList<>(kept);
        moved.stream().filter(m -> m.kind() != EntityMention.Kind.NAME).forEach(keptAll::add);
        keptAll.sort(Comparator.comparingInt(m -> m.span().begin()));
        int next = ids.size() + 1;
        while (!ids.add("E" + next)) {
            next++;
        }
        Geocode keptGeo = firstQualified ? qualified.geocode() : bareGeo;
        Geocode movedGeo = firstQualified ? bareGeo : qualified.geocode();
        return List.of(
                new Entity(e.id(), e.name(), e.type(), e.aliases(), keptAll, Optional.of(keptGeo)),
                new Entity("E" + next, e.name(), e.type(), List.of(e.name()), movedNames, Optional.of(movedGeo)));
    }

    /**
     * A name the tagger typed as an organisation, a person or other, with no cue in the text, that is a place
     * anyway when the article's places say so: the same name resolved as a place in the article ("Athens" of
     * "the Athens Police Department" beside "in Athens"), or a place of that name near the article's towns — in
     * the same first-order division or within {@value #NEAR_KM} km, and within {@value #NEAR_PERSON_KM} km for a
     * name typed as a person ("Moorhead" beside Fargo; "ARLINGTON —" heading an article on Fort Worth).
     */
    private Optional<Geocode> besideTheArticlesPlaces(
            Document d,
            Entity e,
            Set<String> personNames,
            Map<String, ResolvedPlace> resolved,
            List<Place> places,
            PlaceContext base) {
        String text = e.name();
        if (e.type() == EntityType.PERSON && (text.contains(" ") || speaks(d, e))
                || personNames.contains(text)
                || directions.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        ResolvedPlace same = resolved.get(PlaceNames.fold(text));
        if (same != null) {
            return Optional.of(same.geocode());
        }
        List<Place> towns =
                places.stream().filter(p -> !p.isCountry() && !p.isAdmin1()).toList();
        double km = e.type() == EntityType.PERSON ? NEAR_PERSON_KM : NEAR_KM;
        java.util.function.Predicate<Place> near = p -> !p.isCountry()
                && !p.isAdmin1()
                && towns.stream()
                        .anyMatch(t -> t.geonameId() != p.geonameId()
                                && (p.km(t) <= km
                                        || e.type() != EntityType.PERSON
                                                && !t.admin1Code().isEmpty()
                                                && t.country().equals(p.country())
                                                && t.admin1Code().equals(p.admin1Code())));
        if (towns.isEmpty() || gazetteer.candidates(text).stream().noneMatch(near)) {
            return Optional.empty();
        }
        return resolver.resolve(text, base.withPlaces(places), near).map(r -> new ResolvedPlace(
                        r.place(), r.precision(), "near the article's places; " + r.reason(), r.score())
                .geocode());
    }

    /** The toponym an entity names, if it is a place entity or the text supports its name as a place. */
    private Optional<ArticlePlaces.Toponym> toponym(Document d, Entity e, Set<String> personNames) {
        Optional<EntityMention> name = e.mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.NAME)
                .findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String text = name.get().text();
        Optional<Qualifier> qualifier = Optional.empty();
        for (EntityMention m : e.mentions()) {
            if (m.kind() == EntityMention.Kind.NAME && qualifier.isEmpty()) {
                qualifier = qualifiers.at(d.text(), m.span().end());
            }
        }
        int comma = text.indexOf(',');
        if (comma > 0) { // "Mosul, Iraq" as one mention
            qualifier = qualifiers.at(text, comma);
            text = text.substring(0, comma).strip();
        }
        Optional<String> county = listedCounty(d, e, text);
        if (county.isPresent()) { // "Clay" of "Becker, Clay and Wilkin counties" is Clay County, whatever its type
            return Optional.of(
                    new ArticlePlaces.Toponym(PlaceNames.fold(county.get()), county.get(), qualifier, false));
        }
        if (directions.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "West" alone is a surname or a direction, not a town in West Virginia
        }
        if (placeNouns.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "City" of "City Hall" tagged alone is no suburb of Canberra named City
        }
        if (!e.type().isPlace() && !supportedAsPlace(d, e, text, qualifier.isPresent())) {
            return Optional.empty();
        }
        if (e.type().isPlace() && qualifier.isEmpty() && personNames.contains(text) && !anyCued(d, e)) {
            return Optional.empty(); // "West said" after "Commissioner Jerry West"
        }
        String whole = PlaceNames.fold(text);
        int space = text.indexOf(' ');
        if (space > 0
                && directions.contains(text.substring(0, space).toLowerCase(Locale.ROOT))
                && gazetteer.candidates(text).isEmpty()) {
            String rest = text.substring(space + 1).strip();
            return Optional.of(new ArticlePlaces.Toponym(whole, rest, qualifier, true));
        }
        return Optional.of(new ArticlePlaces.Toponym(whole, text, qualifier, false));
    }

    /**
     * Whether the text supports a name the tagger typed otherwise as a place: a qualifier after it, a dateline, or
     * a word of local government after a town's name ("Mansfield Mayor Curtis McCoy"); for an organisation or other
     * name, a cue word before at least half its name mentions, or the exact name of a country
     * or first-order division. A person's name needs one of the first three ("talked to Roy" is no town).
     */
    private boolean supportedAsPlace(Document d, Entity e, String text, boolean qualified) {
        if (gazetteer.candidates(text).isEmpty()) {
            return false;
        }
        if (qualified
                || e.mentions().stream()
                        .anyMatch(m -> m.kind() == EntityMention.Kind.NAME && ToponymFinder.isDateline(d, m.span()))
                || e.mentions().stream().anyMatch(m -> m.kind() == EntityMention.Kind.NAME && beforeInstitution(d, m))
                        && gazetteer.candidates(text).stream().anyMatch(Place::isPopulated)) {
            return true;
        }
        if (e.type() == EntityType.PERSON) {
            return false;
        }
        List<EntityMention> names = e.mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.NAME)
                .toList();
        long cued = names.stream().filter(m -> cued(d, m)).count();
        return 2 * cued >= names.size()
                || countries.byName(text).isPresent()
                || gazetteer.division(text).isPresent();
    }

    /**
     * The words of the article's people's names ("Jerry", "West" of "Jerry West"), and of the names of two or more
     * words that end in a word the tagger marked as a person's: the same word alone is that person, not a town named
     * like them. A word of local government inside the name ends what came before it: "Mansfield" of "Mansfield Mayor
     * Curtis McCoy", tagged one person, is the town the mayor serves.
     */
    private Set<String> personNameWords(Document d) {
        Set<String> words = new HashSet<>();
        for (EntityMention m : d.mentions()) {
            if (m.type() == EntityType.PERSON
                    && m.kind() == EntityMention.Kind.NAME
                    && m.text().contains(" ")) {
                List<String> parts = List.of(m.text().split(" "));
                int after = 0;
                for (int i = 0; i < parts.size(); i++) {
                    if (institutionWords.contains(parts.get(i).toLowerCase(Locale.ROOT))) {
                        after = i + 1;
                    }
                }
                words.addAll(parts.subList(after, parts.size()));
            }
        }
        for (Sentence s : d.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (isPersonTag(tokens.get(i + 1))
                        && (isPersonTag(tokens.get(i)) || isName(tokens.get(i)))
                        && !isInstitutionWord(tokens.get(i))
                        && !isInstitutionWord(tokens.get(i + 1))) {
                    words.add(tokens.get(i).text()); // "Michael" of "Michael Thomas", even when tagged a place
                    words.add(tokens.get(i + 1).text());
                }
            }
        }
        return words;
    }

    private boolean isInstitutionWord(Token t) {
        return institutionWords.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isPersonTag(Token t) {
        return t.nerTag().equals("PERSON");
    }

    /**
     * An entity that is a division's abbreviation: written with a full stop ("Tenn.", "Mass.", "W. Va.") whatever the
     * tagger's type (no town "Mas" or "Colo"), without one ("NSW") only a place entity; a bare two-letter code stands
     * for too much else to be read so on its own ("PA" the Palestinian Authority, "LA" Los Angeles).
     */
    private Optional<Place> abbreviatedDivision(Entity e) {
        boolean dotted = e.name().contains(".");
        if (!dotted && (!e.type().isPlace() || e.name().length() <= 2)) {
            return Optional.empty(); // an AP-style abbreviation ("Mass.") is the division whatever the tagger's type
        }
        return qualifiers.division(e.name());
    }

    private static boolean isName(Token t) {
        return t.isProperNoun()
                && !t.text().isEmpty()
                && Character.isUpperCase(t.text().charAt(0));
    }

    /** A name mention followed by a verb of speech or decision: "Clinton said" is a person. */
    private boolean speaks(Document d, Entity e) {
        for (EntityMention m : e.mentions()) {
            Optional<Sentence> s = d.sentenceAt(m.span().begin());
            if (s.isEmpty()) {
                continue;
            }
            int last = s.get().tokenAt(m.span().end() - 1);
            if (last >= 0 && last + 1 < s.get().tokens().size()) {
                Token next = s.get().tokens().get(last + 1);
                if (next.isVerb() && speechVerbs.contains(next.lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyCued(Document d, Entity e) {
        return e.mentions().stream().anyMatch(m -> m.kind() == EntityMention.Kind.NAME && cued(d, m));
    }

    /** "Clay County" when a name mention of the entity stands in a list of counties the gazetteer knows. */
    private Optional<String> listedCounty(Document d, Entity e, String text) {
        for (EntityMention m : e.mentions()) {
            if (m.kind() != EntityMention.Kind.NAME) {
                continue;
            }
            Optional<Sentence> s = d.sentenceAt(m.span().begin());
            Optional<String> county = s.flatMap(sentence -> CountyList.divisionAfter(
                            sentence.tokens(), sentence.tokenAt(m.span().end() - 1)))
                    .map(word -> text + " " + word)
                    .filter(name -> gazetteer.candidates(name).stream().anyMatch(Place::isAdmin2));
            if (county.isPresent()) {
                return county;
            }
        }
        return Optional.empty();
    }

    /** A word of local government right after the mention: "Mansfield Mayor Curtis McCoy", "Toledo police". */
    private boolean beforeInstitution(Document d, EntityMention m) {
        Optional<Sentence> s = d.sentenceAt(m.span().begin());
        return s.isPresent()
                && ToponymFinder.institutionFollows(
                        s.get().tokens(), s.get().tokenAt(m.span().end() - 1), institutionWords);
    }

    /** A cue word right before the mention: "in Israel". */
    private boolean cued(Document d, EntityMention m) {
        Optional<Sentence> s = d.sentenceAt(m.span().begin());
        if (s.isEmpty()) {
            return false;
        }
        int i = s.get().tokenAt(m.span().begin());
        if (i <= 0) {
            return false;
        }
        Token before = s.get().tokens().get(i - 1);
        return cues.contains(before.text().toLowerCase(Locale.ROOT));
    }

    /** A name said once with its qualifier ("Paris, Tenn.") keeps it wherever else the article says it. */
    private static List<ArticlePlaces.Toponym> sameSenseInArticle(List<ArticlePlaces.Toponym> toponyms) {
        Map<String, Qualifier> qualified = new LinkedHashMap<>();
        for (ArticlePlaces.Toponym t : toponyms) {
            t.qualifier().ifPresent(q -> qualified.putIfAbsent(t.key(), q));
        }
        List<ArticlePlaces.Toponym> out = new ArrayList<>();
        for (ArticlePlaces.Toponym t : toponyms) {
            out.add(new ArticlePlaces.Toponym(
                    t.key(), t.name(), t.qualifier().or(() -> Optional.ofNullable(qualified.get(t.key()))), t.part()));
        }
        return out;
    }

    private Optional<Geocode> countryGeocode(Country c) {
        return gazetteer
                .country(c.iso2())
                .map(p -> new ResolvedPlace(p, ResolvedPlace.COUNTRY, "demonym of " + c.name()).geocode());
    }

    /** Adds the place names the tagger missed: to the place entity of the same name, else as new entities. */
    private Document withMissedPlaces(Document d, List<Countries.Mention> countryMentions) {
        Set<String> known = new HashSet<>();
        for (Entity e : d.entities()) {
            if (e.type().isPlace()) {
                known.add(PlaceNames.fold(e.name()));
            }
        }
        List<EntityMention> found = finder.find(d, known, countryMentions);
        if (found.isEmpty()) {
            return d;
        }
        List<Entity> entities = new ArrayList<>(d.entities());
        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e.id()));
        int next = entities.size() + 1;
        for (EntityMention m : found) {
            String key = PlaceNames.fold(m.text());
            int same = -1;
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.type().isPlace() == m.type().isPlace()
                        && (e.type().isPlace() || e.type() == m.type())
                        && PlaceNames.fold(e.name()).equals(key)) {
                    same = i;
                    break;
                }
            }
            if (same >= 0) {
                Entity e = entities.get(same);
                List<EntityMention> mentions = new ArrayList<>(e.mentions());
                mentions.add(m);
                mentions.sort(Comparator.comparingInt(x -> x.span().begin()));
                entities.set(same, new Entity(e.id(), e.name(), e.type(), e.aliases(), mentions, e.geo()));
            } else {
                while (!ids.add("E" + next)) {
                    next++;
                }
                entities.add(new Entity("E" + next, m.text(), m.type(), List.of(m.text()), List.of(m)));
            }
        }
        List<EntityMention> mentions = new ArrayList<>(d.mentions());
        mentions.addAll(found);
        mentions.sort(Comparator.comparingInt((EntityMention m) -> m.span().begin())
                .thenComparingInt(m -> -m.span().end()));
        return d.withEntities(entities).withMentions(mentions);
    }
}
