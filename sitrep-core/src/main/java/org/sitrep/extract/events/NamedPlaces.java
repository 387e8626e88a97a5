package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Geocode;
import org.sitrep.model.Sentence;

/**
 * The place names of one document, in text order, each with its kind where the text tells: what "the
 * city" or "there" refers back to (rule "anaphora"), and the place the article is about (rule "focus").
 * A kind found for one mention holds for every mention of its entity ("the town of Arsal" ... "Arsal").
 * Built once per document and pass, from the mentions and entities already found.
 */
final class NamedPlaces {
    /** Weight of a place named in the headline, and in the dateline, against 1 for each mention in the body. */
    private static final int HEADLINE_WEIGHT = 2;

    private static final int DATELINE_WEIGHT = 1;

    /**
     * Weight of a town or province the headline names other than as a location ("Culiacán paralyzed after
     * arrest", "Kharkiv hit by missiles"): headlines name the story's place so; a country so named is more
     * often an actor ("Israel and Hamas agree") and counts only as a location.
     */
    private static final int HEADLINE_NAME_WEIGHT = 1;

    /**
     * The focus needs this weight at least (two mentions, or one and the headline) and more than any other
     * place, unless it is the only place the article names as a location.
     */
    private static final int MIN_FOCUS_WEIGHT = 2;

    /** GeoNames feature classes of land with places inside: countries and divisions (A), regions (L), terrain (T). */
    private static final java.util.Set<String> LAND_AREAS = java.util.Set.of("A", "L", "T");

    /** Entity types of names the tagger was unsure were places: with a geocode, they are. */
    private static final java.util.Set<EntityType> TYPED_OTHERWISE =
            java.util.Set.of(EntityType.MISC, EntityType.ORGANIZATION);

    private final Document document;
    private final EventWords words;
    private final List<EntityMention> places = new ArrayList<>();
    private final Map<CharSpan, PlaceKind> kinds = new HashMap<>();
    private final Map<CharSpan, String> entityOf = new HashMap<>();
    private final Map<String, Geocode> geoOf = new HashMap<>();

    NamedPlaces(Document document, EventWords words, Function<String, Optional<String>> countryOf) {
        this.document = document;
        this.words = words;
        for (Entity e : document.entities()) {
            for (EntityMention m : e.mentions()) {
                entityOf.put(m.span(), e.id());
            }
            e.geo().ifPresent(g -> geoOf.put(e.id(), g));
        }
        Map<String, PlaceKind> entityKinds = new HashMap<>();
        for (EntityMention m : document.mentions()) {
            if (isPlace(m)) {
                places.add(m);
                kindFromText(m, countryOf)
                        .ifPresent(k -> entityKinds.putIfAbsent(entityOf.getOrDefault(m.span(), m.text()), k));
            }
        }
        for (Entity e : document.entities()) { // the gazetteer's reading where the words tell nothing
            e.geo().flatMap(NamedPlaces::kindFromGeocode).ifPresent(k -> entityKinds.putIfAbsent(e.id(), k));
        }
        places.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        for (EntityMention m : places) {
            PlaceKind kind = entityKinds.get(key(m));
            if (kind != null) {
                kinds.put(m.span(), kind);
            }
        }
    }

    /**
     * A name of a place that is no app or brand ("Telegram": list non-places): typed a place (GPE, location,
     * facility), or typed otherwise by the tagger but geocoded because the text says it is a place ("Culiacán,
     * Sinaloa, was a ghost town" tagged MISC; see {@code EntityGeocodingStage}). A nationality ("Afghan") is geocoded
     * to its country but names people, not a place, and a name tagged a person's is geocoded only when a place of
     * the same name lies near the article's places ("Moorhead" beside Fargo), too weak a sign for an event's place.
     */
    boolean isPlace(EntityMention m) {
        return m.kind() == EntityMention.Kind.NAME
                && (m.type().isPlace() || TYPED_OTHERWISE.contains(m.type()) && geoOf.containsKey(key(m)))
                && !words.nonPlaces().contains(m.text().toLowerCase(Locale.ROOT));
    }

    /**
     * In a parsed sentence, a place counts only where it is a location ("in Idlib", "along Lebanon's
     * border", "in the Mopti region"), not a participant ("missiles launched by Russia").
     */
    boolean isLocative(Sentence s, CharSpan phraseHead) {
        if (!s.isParsed()) {
            return true;
        }
        int head = s.tokenAt(phraseHead.begin());
        for (int node = head, hop = 0; node >= 0 && hop < 2; hop++) {
            for (Dependency d : s.dependentsOf(node)) {
                if (d.relation().equals("case")
                        && words.locativePrepositions()
                                .contains(s.tokens().get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            node = s.headOf(node)
                    .filter(d ->
                            d.relation().startsWith("nmod") || d.relation().equals("compound") && ofPlaceNoun(s, d))
                    .map(Dependency::governor)
                    .orElse(-1);
        }
        return false;
    }

    /** "Mopti" of "the Mopti region", "Kunduz" of "Kunduz province": a name on a place noun. */
    private boolean ofPlaceNoun(Sentence s, Dependency compound) {
        return compound.governor() >= 0
                && words.placeNouns().contains(TriggerFinder.lemma(s.tokens().get(compound.governor())));
    }

    /** The dateline ("OUAGADOUGOU, March 3 -") names where the story was filed, not where an event was. */
    boolean isDateline(EntityMention m) {
        Optional<Sentence> s = sentenceOf(m);
        return document.dateline().isPresent()
                && s.isPresent()
                && !s.get().tokens().isEmpty()
                && s.get().tokens().get(0).span().begin() == m.span().begin()
                && document.dateline()
                        .get()
                        .toLowerCase(Locale.ROOT)
                        .startsWith(m.text().toLowerCase(Locale.ROOT));
    }

    /** The kind of place a noun refers back to ("city": SETTLEMENT), if it is one of the place-kind nouns. */
    Optional<PlaceKind> kindOfNoun(String lemma) {
        return Optional.ofNullable(words.placeKindNouns().get(lemma));
    }

    /**
     * The last place named before {@code offset} that a reference of kind {@code wanted} can mean ("the
     * city": the last town or city; "the country": the last country); any place when {@code wanted} is empty
     * ("there"). The dateline is no antecedent: it says where the story was filed.
     */
    Optional<EntityMention> before(int offset, Optional<PlaceKind> wanted) {
        for (int i = places.size() - 1; i >= 0; i--) {
            EntityMention m = places.get(i);
            if (m.span().end() <= offset
                    && !isDateline(m)
                    && (wanted.isEmpty() || wanted.get().accepts(Optional.ofNullable(kinds.get(m.span()))))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The place a definite, singular place-kind noun ("the city", "this town") refers back to: the last place of
     * its kind named before it. A noun with a name on it ("the Markets area", "the Old Park district") names a
     * place of its own, and a plural ("the towns") no single one.
     */
    Optional<EntityMention> referent(Sentence s, int token) {
        var t = s.tokens().get(token);
        Optional<PlaceKind> kind = kindOfNoun(TriggerFinder.lemma(t));
        if (kind.isEmpty() || !t.isNoun() || t.partOfSpeech().endsWith("S") || !definite(s, token) || named(s, token)) {
            return Optional.empty();
        }
        return before(t.span().begin(), kind);
    }

    private static boolean named(Sentence s, int token) {
        return s.dependentsOf(token).stream()
                .anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
                        && s.tokens().get(d.dependent()).isProperNoun());
    }

    private boolean definite(Sentence s, int token) {
        return s.dependentsOf(token).stream()
                .anyMatch(d -> d.relation().equals("det")
                        && words.definiteDeterminers()
                                .contains(TriggerFinder.lemma(s.tokens().get(d.dependent()))));
    }

    /**
     * The place the article is about (CLIFF's "focus"): the one named most as where something is or
     * happens ("in Mosul"; "U.S. troops" does not count) or referred back to ("the city"), each such mention in
     * the body counting once and the headline and the dateline more; of places that tie, the one narrower than the others (see
     * {@link #narrowestOfTied}); empty when no place stands out (a place named once as a
     * location stands out only when it is the only one). A country or province that stands out gives way to
     * the place inside it that the article names most as a location or in its headline ("Taliban overrun district
     * in northern Afghanistan" ... "in Kunduz province": Kunduz; see {@link #narrowed}). Its first mention in the
     * body stands for it.
     */
    Optional<EntityMention> focus() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, EntityMention> first = new HashMap<>();
        java.util.Set<String> filedAt = new java.util.HashSet<>();
        for (EntityMention m : places) {
            String key = key(m);
            first.putIfAbsent(key, m);
            // where things happen ("in Mosul"), not whose they are ("U.S. troops", "Syria's army")
            boolean locative = sentenceOf(m)
                    .filter(s -> s.isParsed() ? isLocative(s, m.head()) : afterPreposition(s, m))
                    .isPresent();
            weights.merge(key, locative ? 1 : 0, Integer::sum);
        }
        // "attacked the city's airport", "laid siege to the city": a place the text refers back to is talked about
        for (Sentence s : document.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                referent(s, i).ifPresent(m -> weights.merge(key(m), 1, Integer::sum));
            }
        }
        for (Map.Entry<String, EntityMention> e : first.entrySet()) {
            if (named(document.headline(), e.getKey(), true)) {
                weights.merge(e.getKey(), HEADLINE_WEIGHT, Integer::sum);
            } else if (belowCountry(e.getKey()) && named(document.headline(), e.getKey(), false)) {
                weights.merge(e.getKey(), HEADLINE_NAME_WEIGHT, Integer::sum);
            }
            if (document.dateline().isPresent() && named(document.dateline().get(), e.getKey(), false)) {
                weights.merge(e.getKey(), DATELINE_WEIGHT, Integer::sum);
                filedAt.add(e.getKey());
            }
        }
        String best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (best == null || e.getValue() > weights.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(weights.get(best))) {
                tie = true;
            }
        }
        if (tie) { // "in Afghanistan" twice, "near Bagram Airfield" and "the base": the narrowest place, when only one
            // is
            best = narrowestOfTied(weights, weights.get(best)).orElse(null);
            tie = best == null;
        }
        long located = weights.values().stream().filter(w -> w > 0).count();
        if (best == null || tie || weights.get(best) < MIN_FOCUS_WEIGHT && !(located == 1 && weights.get(best) > 0)) {
            return Optional.empty();
        }
        Map<String, Integer> withoutDateline = new LinkedHashMap<>(weights);
        filedAt.forEach(key -> withoutDateline.merge(key, -DATELINE_WEIGHT, Integer::sum));
        return Optional.of(first.get(narrowed(best, withoutDateline)));
    }

    /**
     * Of the places that tie at {@code weight}, the one narrower than all others (a town or site against regions
     * and countries, a region against countries), when there is one: a tie between a country and a place in it is
     * no conflict, and an event on the ground happens in the narrower place, as {@link #narrowed} has it.
     */
    private Optional<String> narrowestOfTied(Map<String, Integer> weights, int weight) {
        List<String> tied = weights.entrySet().stream()
                .filter(e -> e.getValue() == weight)
                .map(Map.Entry::getKey)
                .toList();
        int narrowest = tied.stream().mapToInt(this::breadth).min().orElse(0);
        List<String> at = tied.stream().filter(k -> breadth(k) == narrowest).toList();
        return at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
    }

    /** How wide a place is: 0 a town or site, 1 a province or region, 2 a country; by its geocode, else its kind. */
    private int breadth(String key) {
        Geocode g = geoOf.get(key);
        if (g != null) {
            return switch (g.precision()) {
                case "town" -> 0;
                case "country" -> 2;
                default -> 1;
            };
        }
        PlaceKind kind = null;
        for (EntityMention m : places) {
            if (key(m).equals(key) && kinds.containsKey(m.span())) {
                kind = kinds.get(m.span());
            }
        }
        if (kind == null) {
            return 0; // a name the gazetteer does not know is most often a village, a street or a site
        }
        return switch (kind) {
            case COUNTRY -> 2;
            case DIVISION, AREA -> 1;
            default -> 0;
        };
    }

    /**
     * The place inside the focus {@code outer} (a country, division, region or island by its geocode) that the
     * body names (beyond its dateline) or the headline does, the one named most as a location first, then the
     * earliest in the body; {@code outer} itself when there is none. The dateline does not count here: it says where
     * the story was filed. An event on the ground happens in a town, not in a whole country.
     */
    private String narrowed(String outer, Map<String, Integer> weights) {
        Geocode area = geoOf.get(outer);
        if (area == null || !LAND_AREAS.contains(area.featureClass())) {
            return outer; // a town, a sea, a site: nothing inside it to narrow to
        }
        Map<String, Integer> firstInBody = new HashMap<>();
        for (EntityMention m : places) {
            if (!isDateline(m)) {
                firstInBody.putIfAbsent(key(m), m.span().begin());
            }
        }
        String inner = null;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            String key = e.getKey();
            Geocode g = geoOf.get(key);
            if (key.equals(outer) || g == null || !inside(g, area)) {
                continue;
            }
            if (!firstInBody.containsKey(key) && !named(document.headline(), key, false)) {
                continue;
            }
            if (inner == null
                    || e.getValue() > weights.get(inner)
                    || e.getValue().equals(weights.get(inner))
                            && firstInBody.getOrDefault(key, Integer.MAX_VALUE)
                                    < firstInBody.getOrDefault(inner, Integer.MAX_VALUE)) {
                inner = key;
            }
        }
        return inner == null ? outer : inner;
    }

    /**
     * A place below {@code area}: in the same country, and for a division, part of one ("North Queensland") or an
     * area such as an island or a region, in the same first-order division.
     */
    private static boolean inside(Geocode g, Geocode area) {
        if (!g.country().equals(area.country()) || g.precision().equals("country")) {
            return false;
        }
        return area.precision().equals("country")
                || !g.featureClass().equals("A")
                        && !g.admin1().isEmpty()
                        && g.admin1().equals(area.admin1());
    }

    /** Whether the gazetteer reads the place as something below a country: a town, a province, a region. */
    private boolean belowCountry(String key) {
        Geocode g = geoOf.get(key);
        return g != null && !g.precision().equals("country");
    }

    /** Words before a name in a headline among which a locative preposition makes it a location ("in northern Mali"). */
    private static final int HEADLINE_REACH = 3;

    /**
     * Whether {@code text} names the place: one of its entity's names, or its gazetteer name ("Kebbi" of "Kebbi
     * State"), as whole words, in any case; as a location ("kills three in Mosul", not "Israel and Hamas agree")
     * when {@code located}.
     */
    private boolean named(String text, String key, boolean located) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (EntityMention m : places) {
            if (key(m).equals(key)) {
                names.add(m.text());
            }
        }
        Optional.ofNullable(geoOf.get(key)).ifPresent(g -> names.add(g.name()));
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (!lower.contains(name.toLowerCase(Locale.ROOT))) {
                continue; // the cheap test first: the headline and dateline name few places
            }
            Matcher found = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(text);
            while (found.find()) {
                if (!located || locatedBefore(text.substring(0, found.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean locatedBefore(String before) {
        String[] w = before.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = w.length - 1; i >= 0 && i >= w.length - HEADLINE_REACH; i--) {
            if (words.locativePrepositions().contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    /** In a sentence without a parse: a locative preposition right before the name, or before "the" and it. */
    private boolean afterPreposition(Sentence s, EntityMention m) {
        int at = s.tokenAt(m.span().begin()) - 1;
        if (at >= 0 && s.tokens().get(at).text().equalsIgnoreCase("the")) {
            at--;
        }
        return at >= 0
                && words.locativePrepositions()
                        .contains(s.tokens().get(at).text().toLowerCase(Locale.ROOT));
    }

    private Optional<Sentence> sentenceOf(EntityMention m) {
        return m.sentenceIndex() >= 0
                        && m.sentenceIndex() < document.sentences().size()
                ? Optional.of(document.sentences().get(m.sentenceIndex()))
                : Optional.empty();
    }

    /** The entity a place mention names, or its text when it belongs to none. */
    private String key(EntityMention m) {
        return entityOf.getOrDefault(m.span(), m.text());
    }

    /**
     * The kind a place name's own words give: a kind noun in the name ("Helmand Province", "Camp
     * Shorabak") or over it ("the town of Arsal", "Kunduz city"), else a country of the country table,
     * else a facility by its type.
     */
    /** "Kunduz" resolved to a town is a city for "the city"; a river or desert is an area. */
    static Optional<PlaceKind> kindFromGeocode(Geocode geo) {
        return switch (geo.precision()) {
            case "country" -> Optional.of(PlaceKind.COUNTRY);
            case "province" -> Optional.of(PlaceKind.DIVISION);
            case "town" -> Optional.of(PlaceKind.SETTLEMENT);
            default -> geo.featureClass().equals("S") ? Optional.empty() : Optional.of(PlaceKind.AREA);
        };
    }

    private Optional<PlaceKind> kindFromText(EntityMention m, Function<String, Optional<String>> countryOf) {
        Optional<Sentence> s = sentenceOf(m);
        if (s.isPresent()) {
            Sentence sentence = s.get();
            for (var t : sentence.tokens()) {
                if (m.span().contains(t.span())) {
                    Optional<PlaceKind> own = kindOfNoun(TriggerFinder.lemma(t));
                    if (own.isPresent()) {
                        return own;
                    }
                }
            }
            int head = sentence.tokenAt(m.head().begin());
            Optional<Dependency> up = head < 0 ? Optional.empty() : sentence.headOf(head);
            if (up.isPresent()
                    && up.get().governor() >= 0
                    && (up.get().relation().equals("nmod:of")
                            || up.get().relation().equals("compound")
                            || up.get().relation().equals("appos"))) {
                Optional<PlaceKind> over = kindOfNoun(
                        TriggerFinder.lemma(sentence.tokens().get(up.get().governor())));
                if (over.isPresent()) {
                    return over;
                }
            }
        }
        if (countryOf.apply(m.text()).isPresent()) {
            return Optional.of(PlaceKind.COUNTRY);
        }
        return m.type() == EntityType.FACILITY ? Optional.of(PlaceKind.FACILITY) : Optional.empty();
    }
}
