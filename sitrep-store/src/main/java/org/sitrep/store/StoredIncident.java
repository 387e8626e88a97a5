package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** An incident as the store holds it: where and when, how many articles and outlets report it, and its members. */
public record StoredIncident(
        String id,
        String type,
        Optional<String> firstDay,
        Optional<String> lastDay,
        Optional<String> place,
        Optional<String> country,
        Optional<String> admin1,
        Optional<Double> lat,
        Optional<Double> lon,
        long articles,
        long sources,
        List<Member> members) {
    public StoredIncident {
        requireNonNull(id, "id is null");
        members = List.copyOf(members);
    }

    /** One reporting event, with the member it matched, the score and the reasons ("same type ATTACK; 1 day apart"). */
    public record Member(
            String key,
            String type,
            String headline,
            String source,
            String evidence,
            Optional<String> matchedTo,
            double score,
            String reasons) {}
}
