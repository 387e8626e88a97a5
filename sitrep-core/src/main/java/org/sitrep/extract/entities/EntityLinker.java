package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;
import org.sitrep.pipeline.Deadline;

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
        this.clusters = new Clusters(candidates.size(), i -> candidates.get(i).isName());
    }

    static List<Entity> link(Document document, List<Candidate> candidates, EntityWords words) {
        EntityLinker linker = new EntityLinker(document, candidates, words);
        linker.joinSharedKeys();
        linker.joinSurnames();
        linker.joinAppositions();
        Deadline.check();
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

    /**
     * A one-word person name ("Nasser") joins every person name that ends in it or in a spelling one edit
     * away ("Mustafa Naser"). People are grouped by surname, and near spellings found through the surname
     * with one letter deleted, so no pair of names is compared twice.
     */
    private void joinSurnames() {
        Map<String, List<Integer>> bySurname = new LinkedHashMap<>();
        Map<String, Integer> oneWordName = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!c.isName() || c.type() != EntityType.PERSON) {
                continue;
            }
            String[] words = c.mention().text().split("\\s+");
            String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
            bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(i);
            if (words.length == 1) {
                oneWordName.putIfAbsent(surname, i);
            }
        }
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String surname : bySurname.keySet()) {
            Integer one = oneWordName.get(surname);
            if (one != null) {
                bySurname.get(surname).forEach(i -> clusters.union(one, i));
            }
            if (surname.length() >= 5) {
                for (int k = 0; k <= surname.length(); k++) {
                    String key = k == surname.length() ? surname : surname.substring(0, k) + surname.substring(k + 1);
                    byDeletion.computeIfAbsent(key, x -> new ArrayList<>()).add(surname);
                }
            }
        }
        for (List<String> near : byDeletion.values()) {
            for (int a = 0; a < near.size(); a++) {
                for (int b = a + 1; b < near.size(); b++) {
                    if (!near.get(a).equals(near.get(b)) && sameName(near.get(a), near.get(b))) {
                        joinNearSurnames(near.get(a), near.get(b), bySurname, oneWordName);
                        joinNearSurnames(near.get(b), near.get(a), bySurname, oneWordName);
                    }
                }
            }
        }
    }

    private void joinNearSurnames(
            String from, String to, Map<String, List<Integer>> bySurname, Map<String, Integer> oneWordName) {
        Integer one = oneWordName.get(from);
        if (one != null) {
            bySurname.get(to).forEach(i -> clusters.union(one, i));
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

    /**
     * Each definite description ("the soldier", "the group") joins the most salient earlier cluster it may
     * describe, the nearer on a tie. Only clusters that hold the same head noun, or the names "the group"
     * may resume, are scored, so the work grows with the clusters a description could join, not with the
     * article's length.
     */
    private void resolveDescriptions() {
        Map<String, EarlierClusters> byHead = new HashMap<>();
        EarlierClusters groupNames = new EarlierClusters();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            byHead.computeIfAbsent(headKey(c), k -> new EarlierClusters()).add(i);
            if (resumableAsGroup(c)) {
                groupNames.add(i);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != Kind.NOMINAL || !c.definite() || joinedToName(i)) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>(
                    byHead.get(headKey(c)).rootsBefore(c.span().begin()));
            if (!c.plural() && groupHeads.contains(c.head())) { // "the group" resumes an armed group's name
                roots.addAll(groupNames.rootsBefore(c.span().begin()));
            }
            int antecedent = -1;
            int best = Integer.MIN_VALUE;
            boolean resumesGroup = !c.plural() && groupHeads.contains(c.head());
            for (int root : roots) {
                int salience = salience(root);
                boolean sameHead = holdsHeadBefore(root, c);
                for (int j : clusters.members(root)) {
                    if (j >= i
                            || !mayRefer(c, candidates.get(j))
                            || !(sameHead || resumesGroup && resumableAsGroup(candidates.get(j)))) {
                        continue;
                    }
                    int score = salience
                            + (c.mention().sentenceIndex()
                                                    - candidates
                                                            .get(j)
                                                            .mention()
                                                            .sentenceIndex()
                                            <= 1
                                    ? 2
                                    : 0);
                    if (score > best || (score == best && j > antecedent)) {
                        best = score;
                        antecedent = j;
                    }
                }
            }
            if (antecedent >= 0) {
                clusters.union(antecedent, i);
            }
        }
    }

    private static String headKey(Candidate c) {
        return c.head() + (c.plural() ? "|plural" : "|one");
    }

    /** Neither a pronoun nor nested in the description, and of a compatible type. */
    private static boolean mayRefer(Candidate c, Candidate o) {
        return o.kind() != Kind.PRONOUN
                && compatible(c.type(), o.type())
                && !o.span().contains(c.span())
                && !c.span().contains(o.span());
    }

    /** Roots of the clusters whose listed members begin before an offset; offsets asked in increasing order. */
    private final class EarlierClusters {
        private final List<Integer> listed = new ArrayList<>();
        private final Set<Integer> roots = new LinkedHashSet<>();
        private int reached;

        void add(int candidate) {
            listed.add(candidate);
        }

        Set<Integer> rootsBefore(int offset) {
            while (reached < listed.size()
                    && candidates.get(listed.get(reached)).span().begin() < offset) {
                roots.add(clusters.find(listed.get(reached++)));
            }
            Set<Integer> current = new LinkedHashSet<>();
            for (int r : roots) {
                current.add(clusters.find(r));
            }
            roots.retainAll(current);
            roots.addAll(current);
            return current;
        }
    }

    /** Whether "the group" may resume this name: an armed or political group, not a ministry or an army. */
    private boolean resumableAsGroup(Candidate o) {
        return o.isName()
                && o.type() == EntityType.ORGANIZATION
                && !o.isInstitution()
                && o.actor().map(a -> a.acledType() == 2 || a.acledType() == 3).orElse(true);
    }

    /** Whether the cluster holds an earlier mention with the description's head noun ("the soldier"). */
    private boolean holdsHeadBefore(int root, Candidate c) {
        for (int m : clusters.members(root)) {
            Candidate member = candidates.get(m);
            if (member.span().begin() < c.span().begin()
                    && member.head().equals(c.head())
                    && member.plural() == c.plural()) {
                return true;
            }
        }
        return false;
    }

    /** A lead's "A Lebanese soldier has defected..." is the person the article names later. */
    private void resolveLeadDescriptions() {
        Map<String, List<Integer>> peopleByHead = new HashMap<>();
        for (int j = 0; j < candidates.size(); j++) {
            if (candidates.get(j).type() == EntityType.PERSON) {
                peopleByHead
                        .computeIfAbsent(candidates.get(j).head(), k -> new ArrayList<>())
                        .add(j);
            }
        }
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
            for (int j : peopleByHead.get(c.head())) {
                if (j > i && joinedToName(j)) {
                    clusters.union(j, i);
                    break;
                }
            }
        }
    }

    private void resolvePronouns() {
        int[] containerEnds = PronounResolver.containerEnds(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != Kind.PRONOUN) {
                continue;
            }
            List<Integer> antecedents = pronouns.antecedents(document, candidates, containerEnds, i);
            if (antecedents.size() == 1) {
                clusters.union(antecedents.get(0), i);
            } else if (antecedents.size() > 1) {
                multiAntecedents.put(i, antecedents);
            }
        }
    }

    private boolean joinedToName(int i) {
        return clusters.holdsName(i);
    }

    private int salience(int j) {
        return clusters.salience(j);
    }

    static boolean compatible(EntityType a, EntityType b) {
        if (a == b) {
            return true;
        }
        Set<EntityType> places = Set.of(EntityType.GPE, EntityType.LOCATION);
        return places.contains(a) && places.contains(b);
    }
}
