package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GTT's template-filling metric (Du, Rush and Cardie 2021, {@code eval.py}), over the five roles. In each
 * document predicted templates are aligned one to one to gold templates whose incident type contains theirs
 * ("attack" aligns with "attack / bombing"), choosing the alignment with the best micro F1; a predicted filler
 * is correct when its normalised string equals a normalised mention of a gold filler of the aligned template
 * (any coreferent mention counts); fillers of templates left unaligned count against precision or recall.
 */
public final class MucScorer {
    private static final Pattern ARTICLE = Pattern.compile("\\b(a|an|the)\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]");
    /** Alignments searched per document before it settles for the best found so far (never reached on MUC-4). */
    private static final long SEARCH_LIMIT = 2_000_000;

    private final boolean matchTypes;
    private final Map<MucRole, RoleCounts> totals = new EnumMap<>(MucRole.class);
    private int documents;
    private int predictedTemplates;
    private int goldTemplates;
    private int truncatedSearches;

    /** GTT's metric. */
    public MucScorer() {
        this(true);
    }

    /**
     * @param matchTypes false to align templates whatever their incident types, which scores the role fillers
     *     apart from the typing of incidents
     */
    public MucScorer(boolean matchTypes) {
        this.matchTypes = matchTypes;
        for (MucRole role : MucRole.values()) {
            totals.put(role, RoleCounts.ZERO);
        }
    }

    /** GTT's normalisation: lower case, ASCII punctuation removed, then articles, then extra spaces. */
    public static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String noPunctuation = PUNCTUATION.matcher(lower).replaceAll("");
        String noArticles = ARTICLE.matcher(noPunctuation).replaceAll(" ");
        return String.join(" ", noArticles.trim().split("\\s+")).trim();
    }

    /** Scores one document's predicted templates against its gold ones and adds the counts to the totals. */
    public Map<MucRole, RoleCounts> add(List<MucTemplate> gold, List<MucTemplate> predicted) {
        Map<MucRole, RoleCounts> counts = score(normalised(gold), normalised(predicted));
        counts.forEach((role, c) -> totals.merge(role, c, RoleCounts::plus));
        documents++;
        predictedTemplates += predicted.size();
        goldTemplates += gold.size();
        return counts;
    }

    public RoleCounts role(MucRole role) {
        return totals.get(role);
    }

    /** Micro counts over the five roles. */
    public RoleCounts micro() {
        return totals.values().stream().reduce(RoleCounts.ZERO, RoleCounts::plus);
    }

    public int documents() {
        return documents;
    }

    public int predictedTemplates() {
        return predictedTemplates;
    }

    public int goldTemplates() {
        return goldTemplates;
    }

    /** Documents whose alignment search hit its limit (their score may be below the best alignment's). */
    public int truncatedSearches() {
        return truncatedSearches;
    }

    /** Rows "role P R F1" for a report, micro last. */
    public String table() {
        StringBuilder out =
                new StringBuilder(String.format("  %-8s %6s %6s %6s   %s%n", "role", "P", "R", "F1", "counts"));
        for (MucRole role : MucRole.values()) {
            out.append(row(role.key(), totals.get(role)));
        }
        out.append(row("micro", micro()));
        return out.toString();
    }

    private static String row(String name, RoleCounts c) {
        return String.format(
                "  %-8s %6.1f %6.1f %6.1f   %d/%d predicted right, %d/%d gold found%n",
                name,
                100 * c.precision(),
                100 * c.recall(),
                100 * c.f1(),
                c.predictedCorrect(),
                c.predicted(),
                c.goldFound(),
                c.gold());
    }

    private Map<MucRole, RoleCounts> score(List<MucTemplate> gold, List<MucTemplate> predicted) {
        int roles = MucRole.values().length;
        // the numerators each aligned pair adds; denominators do not depend on the alignment
        int[][][] pairCorrect = new int[predicted.size()][gold.size()][];
        int[][][] pairFound = new int[predicted.size()][gold.size()][];
        List<List<Integer>> options = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            List<Integer> useful = new ArrayList<>();
            for (int j = 0; j < gold.size(); j++) {
                if (matchTypes
                        && !gold.get(j).incidentType().contains(predicted.get(i).incidentType())) {
                    continue;
                }
                pairCorrect[i][j] = new int[roles];
                pairFound[i][j] = new int[roles];
                int sum = 0;
                for (MucRole role : MucRole.values()) {
                    List<List<String>> p = predicted.get(i).of(role);
                    List<List<String>> g = gold.get(j).of(role);
                    int correct = (int) p.stream()
                            .filter(e -> g.stream().anyMatch(ge -> ge.containsAll(e)))
                            .count();
                    int found = (int) g.stream()
                            .filter(ge -> p.stream().anyMatch(e -> ge.containsAll(e)))
                            .count();
                    pairCorrect[i][j][role.ordinal()] = correct;
                    pairFound[i][j][role.ordinal()] = found;
                    sum += correct + found;
                }
                // a pair that matches nothing scores as if both were left unaligned
                if (sum > 0) {
                    useful.add(j);
                }
            }
            options.add(useful);
        }
        int predictedTotal = predicted.stream().mapToInt(MucScorer::fillers).sum();
        int goldTotal = gold.stream().mapToInt(MucScorer::fillers).sum();
        Search search = new Search(options, pairCorrect, pairFound, predictedTotal, goldTotal);
        search.run(0, new int[predicted.size()], new boolean[gold.size()], 0, 0);
        if (search.nodes > SEARCH_LIMIT) {
            truncatedSearches++;
        }
        Map<MucRole, RoleCounts> counts = new EnumMap<>(MucRole.class);
        for (MucRole role : MucRole.values()) {
            int correct = 0;
            int found = 0;
            for (int i = 0; i < predicted.size(); i++) {
                int j = search.best[i];
                if (j >= 0) {
                    correct += pairCorrect[i][j][role.ordinal()];
                    found += pairFound[i][j][role.ordinal()];
                }
            }
            int p = predicted.stream().mapToInt(t -> t.of(role).size()).sum();
            int g = gold.stream().mapToInt(t -> t.of(role).size()).sum();
            counts.put(role, new RoleCounts(correct, p, found, g));
        }
        return counts;
    }

    private static int fillers(MucTemplate t) {
        return t.fillers().values().stream().mapToInt(List::size).sum();
    }

    private static List<MucTemplate> normalised(List<MucTemplate> templates) {
        List<MucTemplate> out = new ArrayList<>();
        for (MucTemplate t : templates) {
            Map<MucRole, List<List<String>>> fillers = new EnumMap<>(MucRole.class);
            t.fillers()
                    .forEach((role, entities) -> fillers.put(
                            role,
                            entities.stream()
                                    .map(e ->
                                            e.stream().map(MucScorer::normalise).toList())
                                    .toList()));
            out.add(new MucTemplate(t.incidentType(), fillers));
        }
        return out;
    }

    /** Depth-first search over one-to-one alignments, keeping the one with the best micro F1. */
    private static final class Search {
        final List<List<Integer>> options;
        final int[][][] pairCorrect;
        final int[][][] pairFound;
        final int predictedTotal;
        final int goldTotal;
        int[] best;
        double bestF1 = -1;
        long nodes;

        Search(
                List<List<Integer>> options,
                int[][][] pairCorrect,
                int[][][] pairFound,
                int predictedTotal,
                int goldTotal) {
            this.options = options;
            this.pairCorrect = pairCorrect;
            this.pairFound = pairFound;
            this.predictedTotal = predictedTotal;
            this.goldTotal = goldTotal;
            this.best = new int[options.size()];
            Arrays.fill(best, -1);
        }

        void run(int i, int[] chosen, boolean[] used, int correct, int found) {
            if (++nodes > SEARCH_LIMIT && bestF1 >= 0) {
                return;
            }
            if (i == options.size()) {
                double f1 = new RoleCounts(correct, predictedTotal, found, goldTotal).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = chosen.clone();
                }
                return;
            }
            for (int j : options.get(i)) {
                if (!used[j]) {
                    used[j] = true;
                    chosen[i] = j;
                    run(i + 1, chosen, used, correct + sum(pairCorrect[i][j]), found + sum(pairFound[i][j]));
                    used[j] = false;
                }
            }
            chosen[i] = -1;
            run(i + 1, chosen, used, correct, found);
        }

        private static int sum(int[] values) {
            return Arrays.stream(values).sum();
        }
    }
}
