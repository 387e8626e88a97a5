package org.sitrep.extract.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;

/**
 * Groups mentions into entities, most certain evidence first: shared keys (one catalogue actor,
 * one country's institution, one spelling), person names sharing a surname up to one edit
 * ("Nasser"/"Naser"), appositions ("Mustafa Nasser, the 20-year-old soldier"), then definite
 * descriptions ("the soldier", "the group"), lead descriptions that the article later names, and
 * pronouns. Each rule only joins type-compatible clusters.
 */
final class EntityLinker {
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*(,|-|–|—|\\()?\\s*");

    private final Document document;
    private final List<Candidate> candidates;
    private final Clusters clusters;
    private final Map<Integer, List<Integer>> multiAntecedents = new LinkedHashMap<>();

    /** Nouns for collectives that may be resumed by "they"/"their" or by "the group". */
    private final Set<String> groupHeads;

    private final PronounResolver pronouns;

    private EntityLinker(Document document, List<Candidate> candidates, EntityWords words) {
        this.document = document;
        this.candidates = candidates;
        this.groupHeads = words.groupHeads();
        this.pronouns = new PronounResolver(words);
        this.clusters = new Clusters(candidates.size());
    }

    static List<Entity> link(Document document, List<Candidate> candidates, EntityWords words) {
        EntityLinker linker = new EntityLinker(document, candidates, words);
        linker.joinSharedKeys();
        linker.joinSurnames();
        linker.joinAppositions();
        linker.resolveDescriptions();
        linker.resolveLeadDescriptions();
        linker.resolvePronouns();
        return new EntityBuilder(candidates, linker.clusters, linker.multiAntecedents).build();
    }

    private void joinSharedKeys() {
        Map<String, Integer> firstByKey = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = candidates.get(i).key();
            if (!key.isEmpty()) {
                Integer first = firstByKey.putIfAbsent(key, i);
                if (first != null) {
                    clusters.union(first, i);
                }
            }
        }
    }

    private void joinSurnames() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!c.isName() || c.type() != EntityType.PERSON) {
                continue;
            }
            String[] words = c.mention().text().split("\\s+");
            String last = words[words.length - 1];
            for (int j = 0; j < candidates.size(); j++) {
                Candidate o = candidates.get(j);
                if (j == i || !o.isName() || o.type() != EntityType.PERSON || clusters.same(i, j)) {
                    continue;
                }
                String[] other = o.mention().text().split("\\s+");
                boolean shorterSide = words.length == 1 || other.length == 1;
                if (shorterSide && sameName(last, other[other.length - 1])) {
                    clusters.union(i, j);
                }
            }
        }
    }

    /** Equal, or one edit apart for names of 5+ letters (transliterations: Nasser/Naser). */
    static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= 5 && editDistanceAtMostOne(x, y);
    }

    private static boolean editDistanceAtMostOne(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < x.length() && j < y.length()) {
            if (x.charAt(i) == y.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (x.length() > y.length()) {
                i++;
            } else if (y.length() > x.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (x.length() - i) + (y.length() - j) <= 1;
    }

    private void joinAppositions() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate b = candidates.get(j);
                if (b.span().begin() < a.span().end()) {
                    continue; // nested or overlapping: not an apposition
                }
                if (b.span().begin() - a.span().end() > 4) {
                    break;
                }
                if (isApposition(a, b)) {
                    clusters.union(i, j);
                }
            }
        }
    }

    private boolean isApposition(Candidate a, Candidate b) {
        if (a.kind() == Kind.PRONOUN || b.kind() == Kind.PRONOUN || !compatible(a.type(), b.type())) {
            return false;
        }
        if (a.mention().sentenceIndex() != b.mention().sentenceIndex()) {
            return false;
        }
        String gap = document.text().substring(a.span().end(), b.span().begin());
        if (!APPOSITION_GAP.matcher(gap).matches()) {
            return false;
        }
        if (a.isName() && b.isName()) {
            return false; // "Syria, Lebanon": a list, not an apposition
        }
        if (!a.isName() && !b.isName()) {
            return !gap.isBlank()
                    && b.mention().text().matches("(?i)(a|an)\\s.*"); // "his father - a retired soldier -"
        }
        if (!a.isName() && gap.isBlank()) {
            return true; // "Shia militia Hizballah", "al-Qaeda affiliate al-Nusra Front"
        }
        return !gap.isBlank() && !b.plural() && !a.plural();
    }

    private void resolveDescriptions() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != Kind.NOMINAL || !c.definite() || joinedToName(i)) {
                continue;
            }
            int antecedent = -1;
            int best = Integer.MIN_VALUE;
            for (int j = 0; j < i; j++) {
                Candidate o = candidates.get(j);
                if (o.kind() == Kind.PRONOUN
                        || !compatible(c.type(), o.type())
                        || o.span().contains(c.span())
                        || c.span().contains(o.span())
                        || !describes(c, j)) {
                    continue;
                }
                int score =
                        salience(j) + (c.mention().sentenceIndex() - o.mention().sentenceIndex() <= 1 ? 2 : 0);
                if (score >= best) {
                    best = score;
                    antecedent = j;
                }
            }
            if (antecedent >= 0) {
                clusters.union(antecedent, i);
            }
        }
    }

    /** Whether description c may refer to the cluster of candidate j: same head noun, or "the group" for a group. */
    private boolean describes(Candidate c, int j) {
        for (int m : clusters.members(j)) {
            Candidate member = candidates.get(m);
            if (member.span().begin() < c.span().begin()
                    && member.head().equals(c.head())
                    && member.plural() == c.plural()) {
                return true;
            }
        }
        if (c.plural()) {
            return false;
        }
        Candidate o = candidates.get(j);
        // "the group" is an armed or political group, not a ministry or an army
        return groupHeads.contains(c.head())
                && o.isName()
                && o.type() == EntityType.ORGANIZATION
                && !o.isInstitution()
                && o.actor().map(a -> a.acledType() == 2 || a.acledType() == 3).orElse(true);
    }

    /** A lead's "A Lebanese soldier has defected..." is the person the article names later. */
    private void resolveLeadDescriptions() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != Kind.NOMINAL
                    || c.type() != EntityType.PERSON
                    || c.plural()
                    || c.definite()
                    || c.mention().sentenceIndex() > 2
                    || joinedToName(i)) {
                continue;
            }
            int target = -1;
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate o = candidates.get(j);
                if (o.head().equals(c.head()) && joinedToName(j) && o.type() == EntityType.PERSON) {
                    target = j;
                    break;
                }
            }
            if (target >= 0) {
                clusters.union(target, i);
            }
        }
    }

    private void resolvePronouns() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != Kind.PRONOUN) {
                continue;
            }
            List<Integer> antecedents = pronouns.antecedents(document, candidates, clusters, i);
            if (antecedents.size() == 1) {
                clusters.union(antecedents.get(0), i);
            } else if (antecedents.size() > 1) {
                multiAntecedents.put(i, antecedents);
            }
        }
    }

    private boolean joinedToName(int i) {
        for (int m : clusters.members(i)) {
            if (candidates.get(m).isName()) {
                return true;
            }
        }
        return false;
    }

    private int salience(int j) {
        int score = 0;
        for (int m : clusters.members(j)) {
            score += candidates.get(m).isName() ? 3 : 1;
        }
        return score;
    }

    static boolean compatible(EntityType a, EntityType b) {
        if (a == b) {
            return true;
        }
        Set<EntityType> places = Set.of(EntityType.GPE, EntityType.LOCATION);
        return places.contains(a) && places.contains(b);
    }
}
