package org.sitrep.incidents;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events of several articles that report one real-world happening. The first member started it; each other
 * member says which member it matched and why, so that every merge can be checked.
 *
 * @param id the first member's key prefixed with "I:": stable while no earlier report of it arrives
 */
public record Incident(String id, List<Member> members) {
    public Incident {
        requireNonNull(id, "id is null");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " has no members");
        }
    }

    /** One event of the incident: the member it matched (none for the first) with the score and the reasons. */
    public record Member(IncidentMention mention, Optional<String> matchedTo, double score, List<String> reasons) {
        public Member {
            requireNonNull(mention, "mention is null");
            requireNonNull(matchedTo, "matchedTo is null");
            reasons = List.copyOf(reasons);
        }
    }

    /** How many articles report it (GDELT's NumArticles). */
    public long articles() {
        return members.stream().map(m -> m.mention().articleId()).distinct().count();
    }

    /** How many outlets report it (GDELT's NumSources). */
    public long sources() {
        return members.stream().map(m -> m.mention().outlet()).distinct().count();
    }

    /** The type most members have; ties go to the earlier member. */
    public String type() {
        Map<String, Long> counts = members.stream()
                .collect(Collectors.groupingBy(m -> m.mention().type(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    public Optional<LocalDate> firstDay() {
        return members.stream().flatMap(m -> m.mention().firstDay().stream()).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> lastDay() {
        return members.stream().flatMap(m -> m.mention().lastDay().stream()).max(Comparator.naturalOrder());
    }

    /** The most precisely placed member: a town before a region before a province. */
    public IncidentMention placed() {
        Function<Member, Integer> rank = m -> switch (m.mention().precision().orElse("")) {
            case "town" -> 0;
            case "region" -> 1;
            case "province" -> 2;
            default -> 3;
        };
        return members.stream().min(Comparator.comparing(rank)).orElseThrow().mention();
    }
}
