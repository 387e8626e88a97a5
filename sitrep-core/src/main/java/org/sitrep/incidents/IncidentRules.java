package org.sitrep.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.LatLon;
import org.sitrep.ontology.Ontology;
import org.sitrep.ontology.TypeFamily;

/**
 * When two events report one real-world happening, and how well they agree. Every condition must hold:
 * compatible types (the same, or one of the ontology's {@code incident-} families: an attack in one report is
 * a killing in another), times at most {@link #MAX_DAYS_APART} days apart and each no coarser than a week,
 * places within {@link #MAX_KM} km (towns of different names within {@link #MAX_KM_OTHER_TOWN} km), or the
 * same province when one is only placed in a province. Two events of one article were told apart by its own
 * coreference, so they join only as parts of one happening: different types of one family, the same days,
 * the same place (a bombing and the killings it caused). Actors are not a condition (reports name the same
 * gunmen, militants or soldiers differently, and coding differs with the words) but shared ones add to the
 * score. The score (0 to 1) ranks the incidents an event could join; the reasons say why, for the analyst.
 */
public final class IncidentRules {
    /** News report an incident on later days, and "yesterday" against two publication dates drifts a day. */
    public static final int MAX_DAYS_APART = 2;
    /** A time coarser than a week ("in March") cannot tell two incidents apart. */
    public static final int MAX_SPAN_DAYS = 7;
    /** One town and its outskirts, as articles geocode them (the town, a village beside it, a district). */
    public static final double MAX_KM = 50;
    /** Two differently named towns further apart than this are two places: "Saraqib" and "Ariha" (19 km). */
    public static final double MAX_KM_OTHER_TOWN = 10;

    private static final String FAMILY_PREFIX = "incident-";

    private final List<TypeFamily> families;

    public IncidentRules(Ontology ontology) {
        this.families = ontology.families().values().stream()
                .filter(f -> f.name().startsWith(FAMILY_PREFIX))
                .toList();
    }

    /** How two events agree, with the reasons, or empty when they cannot be one incident. */
    public record Match(double score, List<String> reasons) {
        public Match {
            reasons = List.copyOf(reasons);
        }
    }

    public Optional<Match> match(IncidentMention a, IncidentMention b) {
        List<String> reasons = new ArrayList<>();
        if (a.articleId().equals(b.articleId())) {
            return partsOfOneHappening(a, b);
        }
        Optional<Double> type = typeScore(a, b, reasons);
        Optional<Double> time = type.isEmpty() ? Optional.empty() : timeScore(a, b, reasons);
        Optional<Double> place = time.isEmpty() ? Optional.empty() : placeScore(a, b, reasons);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        double actors = actorScore(a, b, reasons);
        double score = Math.min(1.0, 0.35 * type.get() + 0.3 * time.get() + 0.35 * place.get() + 0.2 * actors);
        return Optional.of(new Match(Math.round(score * 1000) / 1000.0, reasons));
    }

    /** Two events of one article: one happening when of one family, the same days and the same point. */
    private Optional<Match> partsOfOneHappening(IncidentMention a, IncidentMention b) {
        if (a.type().equals(b.type())
                || a.point().isEmpty()
                || !a.point().equals(b.point())
                || a.firstDay().isEmpty()
                || !a.firstDay().equals(b.firstDay())
                || !a.lastDay().equals(b.lastDay())) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (typeScore(a, b, reasons).isEmpty()) {
            return Optional.empty();
        }
        reasons.add("the same article, days and place");
        return Optional.of(new Match(0.9, reasons));
    }

    private Optional<Double> typeScore(IncidentMention a, IncidentMention b, List<String> reasons) {
        if (a.type().equals(b.type())) {
            reasons.add("same type " + a.type());
            return Optional.of(1.0);
        }
        for (TypeFamily f : families) {
            if (f.types().contains(a.type()) && f.types().contains(b.type())) {
                reasons.add("types %s and %s (%s)".formatted(a.type(), b.type(), f.name()));
                return Optional.of(0.7);
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> timeScore(IncidentMention a, IncidentMention b, List<String> reasons) {
        if (a.firstDay().isEmpty() || b.firstDay().isEmpty() || a.days() > MAX_SPAN_DAYS || b.days() > MAX_SPAN_DAYS) {
            return Optional.empty();
        }
        long gap = Math.max(
                0,
                Math.max(a.firstDay().get().toEpochDay(), b.firstDay().get().toEpochDay())
                        - Math.min(
                                a.lastDay().get().toEpochDay(),
                                b.lastDay().get().toEpochDay()));
        if (gap > MAX_DAYS_APART) {
            return Optional.empty();
        }
        reasons.add(gap == 0 ? "same days" : gap == 1 ? "1 day apart" : gap + " days apart");
        return Optional.of(1.0 - gap / (MAX_DAYS_APART + 1.0));
    }

    private static Optional<Double> placeScore(IncidentMention a, IncidentMention b, List<String> reasons) {
        if (a.precision().isEmpty()
                || b.precision().isEmpty()
                || a.country().isEmpty()
                || !a.country().equals(b.country())) {
            return Optional.empty();
        }
        boolean aPoint = isLocal(a);
        boolean bPoint = isLocal(b);
        if (aPoint && bPoint) {
            LatLon p = a.point().get();
            LatLon q = b.point().get();
            double km = LatLon.km(p.lat(), p.lon(), q.lat(), q.lon());
            if (km > MAX_KM || (km > MAX_KM_OTHER_TOWN && !sameName(a, b))) {
                return Optional.empty();
            }
            reasons.add(km < 1 ? "same place" : "%.0f km apart".formatted(km));
            return Optional.of(1.0 - km / (2 * MAX_KM));
        }
        // one is placed only in a province: the same province, a weaker agreement; a country alone is too vague
        boolean aProvince = a.precision().get().equals("province");
        boolean bProvince = b.precision().get().equals("province");
        if ((aPoint || aProvince)
                && (bPoint || bProvince)
                && a.admin1().isPresent()
                && a.admin1().equals(b.admin1())) {
            reasons.add("same province " + a.admin1().get());
            return Optional.of(0.4);
        }
        return Optional.empty();
    }

    private static boolean sameName(IncidentMention a, IncidentMention b) {
        return a.place().isPresent()
                && b.place().isPresent()
                && a.place().get().equalsIgnoreCase(b.place().get());
    }

    private static boolean isLocal(IncidentMention m) {
        return m.point().isPresent()
                && (m.precision().get().equals("town") || m.precision().get().equals("region"));
    }

    private static double actorScore(IncidentMention a, IncidentMention b, List<String> reasons) {
        double agents = shared("same actor", a.agents(), b.agents(), reasons);
        double patients = shared("same target", a.patients(), b.patients(), reasons);
        return 0.5 * agents + 0.5 * patients;
    }

    /** 1 when the two sides share a code or a name (said in {@code reasons}), else 0. */
    private static double shared(
            String what, IncidentMention.Actors a, IncidentMention.Actors b, List<String> reasons) {
        Set<String> common = new TreeSet<>(a.codes());
        common.retainAll(b.codes());
        Set<String> names = new TreeSet<>(a.names());
        names.retainAll(b.names());
        common.addAll(names);
        if (common.isEmpty()) {
            return 0;
        }
        reasons.add(what + " " + String.join(", ", common));
        return 1;
    }
}
