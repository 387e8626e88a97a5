package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trivial MUC-4 baseline: every string that filled a role in at least {@code minDocuments} training
 * documents is predicted for that role in each document whose text contains it as whole words, all in one
 * template of the training set's most frequent incident type (no template when none occurs).
 */
public final class FrequentFillerBaseline {
    private final Map<MucRole, Set<String>> strings;
    private final String incidentType;

    FrequentFillerBaseline(Map<MucRole, Set<String>> strings, String incidentType) {
        this.strings = strings;
        this.incidentType = incidentType;
    }

    public static FrequentFillerBaseline train(Collection<MucDoc> training, int minDocuments) {
        Map<MucRole, Map<String, Integer>> documentsPerString = new EnumMap<>(MucRole.class);
        Map<String, Integer> types = new HashMap<>();
        for (MucDoc doc : training) {
            Map<MucRole, Set<String>> inDoc = new EnumMap<>(MucRole.class);
            for (MucTemplate t : doc.templates()) {
                types.merge(t.incidentType(), 1, Integer::sum);
                for (MucRole role : MucRole.values()) {
                    for (List<String> entity : t.of(role)) {
                        for (String mention : entity) {
                            inDoc.computeIfAbsent(role, r -> new HashSet<>()).add(MucScorer.normalise(mention));
                        }
                    }
                }
            }
            inDoc.forEach((role, set) -> set.forEach(s -> documentsPerString
                    .computeIfAbsent(role, r -> new HashMap<>())
                    .merge(s, 1, Integer::sum)));
        }
        Map<MucRole, Set<String>> frequent = new EnumMap<>(MucRole.class);
        for (MucRole role : MucRole.values()) {
            Set<String> kept = new TreeSet<>();
            documentsPerString.getOrDefault(role, Map.of()).forEach((s, n) -> {
                if (n >= minDocuments && !s.isEmpty()) {
                    kept.add(s);
                }
            });
            frequent.put(role, kept);
        }
        String mostFrequent = types.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("attack");
        return new FrequentFillerBaseline(frequent, mostFrequent);
    }

    /** The baseline's templates for a document: none, or one holding every frequent string its text contains. */
    public List<MucTemplate> predict(String text) {
        String words = " " + MucScorer.normalise(text) + " ";
        Map<MucRole, List<List<String>>> fillers = new EnumMap<>(MucRole.class);
        boolean any = false;
        for (MucRole role : MucRole.values()) {
            List<List<String>> found = new ArrayList<>();
            for (String s : strings.get(role)) {
                if (words.contains(" " + s + " ")) {
                    found.add(List.of(s));
                }
            }
            fillers.put(role, found);
            any |= !found.isEmpty();
        }
        return any ? List.of(new MucTemplate(incidentType, fillers)) : List.of();
    }

    public int size(MucRole role) {
        return strings.get(role).size();
    }

    public String incidentType() {
        return incidentType;
    }
}
