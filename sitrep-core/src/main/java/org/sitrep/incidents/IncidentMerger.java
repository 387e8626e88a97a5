package org.sitrep.incidents;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups events from many articles into incidents with {@link IncidentRules}, the same way wherever it runs
 * (the store after each ingest, a Spark job over a corpus). Events are taken in order of their first day,
 * then key, so the result does not depend on input order; each joins the open incident of its country whose
 * best-matching member agrees most, unless that incident already holds an event of the same article and type.
 * Comparisons stay within a country and a window of {@link IncidentRules#MAX_DAYS_APART} days, so the work
 * grows with the events of each country and day, not with the square of the corpus.
 */
public final class IncidentMerger {
    private final IncidentRules rules;

    public IncidentMerger(IncidentRules rules) {
        this.rules = requireNonNull(rules, "rules is null");
    }

    /** An incident being built: its members and the last day any of them covers. */
    private static final class Open {
        final List<Incident.Member> members = new ArrayList<>();
        LocalDate lastDay;

        Open(Incident.Member first) {
            members.add(first);
            lastDay = first.mention().lastDay().orElseThrow();
        }

        /** An article's coreference told its events of one type apart: the incident takes one of them. */
        boolean hasSameReport(IncidentMention m) {
            return members.stream()
                    .anyMatch(x -> x.mention().articleId().equals(m.articleId())
                            && x.mention().type().equals(m.type()));
        }
    }

    public List<Incident> merge(Collection<IncidentMention> mentions) {
        List<IncidentMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((IncidentMention m) -> m.firstDay().orElse(LocalDate.MAX))
                .thenComparing(IncidentMention::key));
        List<Open> all = new ArrayList<>();
        List<Incident.Member> alone = new ArrayList<>();
        Map<String, List<Open>> openByCountry = new HashMap<>();
        for (IncidentMention m : sorted) {
            if (m.firstDay().isEmpty() || m.country().isEmpty()) {
                alone.add(new Incident.Member(m, Optional.empty(), 0, List.of())); // nothing to match it by
                continue;
            }
            List<Open> open = openByCountry.computeIfAbsent(m.country().get(), c -> new ArrayList<>());
            LocalDate horizon = m.firstDay().get().minusDays(IncidentRules.MAX_DAYS_APART);
            open.removeIf(o -> o.lastDay.isBefore(horizon)); // closed for every later event too
            Open best = null;
            Incident.Member bestMember = null;
            for (Open o : open) {
                if (o.hasSameReport(m)) {
                    continue;
                }
                for (Incident.Member candidate : o.members) {
                    Optional<IncidentRules.Match> match = rules.match(candidate.mention(), m);
                    if (match.isPresent() && (bestMember == null || match.get().score() > bestMember.score())) {
                        best = o;
                        bestMember = new Incident.Member(
                                m,
                                Optional.of(candidate.mention().key()),
                                match.get().score(),
                                match.get().reasons());
                    }
                }
            }
            if (best == null) {
                Open started = new Open(new Incident.Member(m, Optional.empty(), 0, List.of()));
                open.add(started);
                all.add(started);
            } else {
                best.members.add(bestMember);
                if (m.lastDay().get().isAfter(best.lastDay)) {
                    best.lastDay = m.lastDay().get();
                }
            }
        }
        List<Incident> out = new ArrayList<>();
        for (Open o : all) {
            out.add(new Incident("I:" + o.members.get(0).mention().key(), o.members));
        }
        for (Incident.Member m : alone) {
            out.add(new Incident("I:" + m.mention().key(), List.of(m)));
        }
        return out;
    }
}
