package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;

/** Turns clusters of candidates into entities: a name, a type, aliases and sorted mentions. */
final class EntityBuilder {
    private final List<Candidate> candidates;
    private final Clusters clusters;
    private final Map<Integer, List<Integer>> multiAntecedents;

    EntityBuilder(List<Candidate> candidates, Clusters clusters, Map<Integer, List<Integer>> multiAntecedents) {
        this.candidates = candidates;
        this.clusters = clusters;
        this.multiAntecedents = multiAntecedents;
    }

    List<Entity> build() {
        Map<Integer, List<Candidate>> byRoot = new LinkedHashMap<>();
        for (List<Integer> group : clusters.groups()) {
            List<Candidate> members = new ArrayList<>();
            for (int i : group) {
                if (!multiAntecedents.containsKey(i)) {
                    members.add(candidates.get(i));
                }
            }
            byRoot.put(clusters.find(group.get(0)), members);
        }
        multiAntecedents.forEach((pronoun, antecedents) -> {
            for (int a : antecedents) {
                byRoot.get(clusters.find(a)).add(candidates.get(pronoun));
            }
        });
        List<List<Candidate>> kept = new ArrayList<>();
        for (List<Candidate> members : byRoot.values()) {
            if (members.stream().anyMatch(c -> c.kind() != Kind.PRONOUN)) {
                members.sort(Comparator.comparingInt((Candidate c) -> c.span().begin())
                        .thenComparingInt(c -> -c.span().end()));
                kept.add(members);
            }
        }
        kept.sort(Comparator.comparingInt(m -> m.get(0).span().begin()));
        List<Entity> entities = new ArrayList<>();
        for (List<Candidate> members : kept) {
            entities.add(entity("E" + (entities.size() + 1), members));
        }
        return entities;
    }

    private static Entity entity(String id, List<Candidate> members) {
        EntityType type = type(members);
        List<EntityMention> mentions = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Candidate c : members) {
            EntityMention m = c.mention();
            mentions.add(
                    m.type() == type
                            ? m
                            : new EntityMention(m.span(), m.text(), type, m.kind(), m.sentenceIndex(), m.head()));
            if (c.kind() != Kind.PRONOUN && aliases.stream().noneMatch(a -> a.equalsIgnoreCase(m.text()))) {
                aliases.add(m.text());
            }
        }
        return new Entity(id, name(members), type, aliases, mentions);
    }

    /** The catalogue's canonical name, else the longest name, else the first description. */
    private static String name(List<Candidate> members) {
        for (Candidate c : members) {
            if (c.actor().isPresent() && c.isName()) {
                return c.actor().get().name();
            }
        }
        String best = "";
        for (Candidate c : members) {
            if (c.isName() && c.mention().text().length() > best.length()) {
                best = c.mention().text();
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        for (Candidate c : members) {
            if (c.kind() == Kind.NOMINAL) {
                return c.mention().text().replaceFirst("(?i)^(the|a|an)\\s+", "");
            }
        }
        return members.get(0).mention().text().toLowerCase(Locale.ROOT);
    }

    /** Names decide the type; descriptions only when there is no name. */
    private static EntityType type(List<Candidate> members) {
        for (Candidate c : members) {
            if (c.actor().isPresent()) {
                return c.actor().get().type();
            }
        }
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        for (Candidate c : members) {
            if (c.isName()) {
                votes.merge(c.type(), 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            for (Candidate c : members) {
                if (c.kind() == Kind.NOMINAL) {
                    return c.type();
                }
            }
            return members.get(0).type();
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }
}
