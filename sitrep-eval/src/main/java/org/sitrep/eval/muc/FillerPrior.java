package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * How often a string filled each MUC-4 role in the training documents that contain it, learned from their gold
 * templates: "fmln" is PerpOrg in most articles that name it, "dynamite" Weapon, "guerrillas" PerpInd in some and
 * "army" in few. A word list learned from data, not written by hand; {@link FillerModel} takes it as features of
 * each candidate (the whole string and its last word, the head of most English noun phrases), so that it can
 * weigh what the training data says of a string against where Sitrep found it. Training documents must get
 * their features from a prior learned without them ({@link FillerModel#crossFitted}), or the model would trust it
 * blindly.
 */
public final class FillerPrior {
    /** Longest string, in words, looked up in an article's text to count the articles that contain it. */
    static final int MAX_WORDS = 8;
    /** A string is a candidate wherever it occurs when it filled its role in at least this many training articles. */
    static final int LEXICON_DOCUMENTS = 2;

    private final Map<MucRole, Map<String, Integer>> filled;
    private final Map<String, Integer> seen;

    private FillerPrior(Map<MucRole, Map<String, Integer>> filled, Map<String, Integer> seen) {
        this.filled = filled;
        this.seen = seen;
    }

    /** Counts, for every normalised gold mention and its last word, the articles it fills each role in and the articles containing it. */
    public static FillerPrior train(Collection<MucDoc> training) {
        Map<MucRole, Map<String, Integer>> filled = new EnumMap<>(MucRole.class);
        Set<String> lexicon = new HashSet<>();
        for (MucDoc doc : training) {
            Map<MucRole, Set<String>> inDoc = new EnumMap<>(MucRole.class);
            for (MucTemplate t : doc.templates()) {
                for (MucRole role : MucRole.values()) {
                    for (List<String> entity : t.of(role)) {
                        for (String mention : entity) {
                            String s = MucScorer.normalise(mention);
                            if (!s.isEmpty()) {
                                Set<String> strings = inDoc.computeIfAbsent(role, r -> new HashSet<>());
                                strings.add(s);
                                strings.add(lastWord(s));
                            }
                        }
                    }
                }
            }
            inDoc.forEach((role, strings) -> {
                lexicon.addAll(strings);
                strings.forEach(
                        s -> filled.computeIfAbsent(role, r -> new HashMap<>()).merge(s, 1, Integer::sum));
            });
        }
        Map<String, Integer> seen = new HashMap<>();
        for (MucDoc doc : training) {
            Set<String> inText = new HashSet<>();
            grams(MucScorer.normalise(doc.text()).split(" "), (gram, at) -> {
                if (lexicon.contains(gram)) {
                    inText.add(gram);
                }
            });
            inText.forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        return new FillerPrior(filled, seen);
    }

    /**
     * The strings of the article that filled a role in at least {@link #LEXICON_DOCUMENTS} training articles and
     * that no candidate already proposes for it, as candidates of that role for each incident type the article's
     * candidates have (none when it has no incident): MUC-4's perpetrators and weapons are mostly a few strings
     * ("fmln", "guerrillas", "dynamite") that the parse does not always make arguments or entities. The model
     * judges them by the prior and where and how often the article names them.
     */
    public List<FillerCandidate> lexiconCandidates(String text, List<FillerCandidate> candidates) {
        List<String> types = candidates.stream()
                .map(FillerCandidate::incidentType)
                .distinct()
                .toList();
        if (types.isEmpty()) {
            return List.of();
        }
        Set<String> proposed = new HashSet<>();
        candidates.forEach(c -> proposed.add(c.role() + "/" + MucScorer.normalise(c.text())));
        String[] words = MucScorer.normalise(text).split(" ");
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        grams(words, (gram, at) -> {
            if (seen.containsKey(gram)) {
                first.putIfAbsent(gram, at);
                count.merge(gram, 1, Integer::sum);
            }
        });
        List<FillerCandidate> found = new ArrayList<>();
        for (MucRole role : MucRole.values()) {
            Map<String, Integer> ofRole = filled.getOrDefault(role, Map.of());
            first.forEach((g, at) -> {
                if (ofRole.getOrDefault(g, 0) >= LEXICON_DOCUMENTS && !proposed.contains(role + "/" + g)) {
                    String r = role.key() + ":";
                    List<String> f = new ArrayList<>(List.of(
                            r + "bias",
                            r + "source=lexicon",
                            r + "position=" + Math.min(10 * at / words.length, 9),
                            r + "times=" + Math.min(count.get(g), 3),
                            r + "length=" + Math.min(g.split(" ").length, 5)));
                    for (String type : types) {
                        List<String> withType = new ArrayList<>(f);
                        withType.add(r + "incident=" + type);
                        found.add(new FillerCandidate(type, role, g, g, FillerCandidate.LEXICON, withType));
                    }
                }
            });
        }
        return found;
    }

    /** The candidates with the prior of their text and of its last word for their role as features. */
    public List<FillerCandidate> features(List<FillerCandidate> candidates) {
        return candidates.stream()
                .map(c -> c.withFeatures(features(c.role(), c.text())))
                .toList();
    }

    List<String> features(MucRole role, String text) {
        String s = MucScorer.normalise(text);
        String r = role.key() + ":";
        List<String> f = new ArrayList<>();
        if (s.isEmpty()) {
            return f;
        }
        f.add(r + "prior=" + bucket(role, s));
        f.add(r + "headprior=" + bucket(role, lastWord(s)));
        return f;
    }

    /** The share of the articles containing the string in which it filled the role, in coarse steps, with how often. */
    private String bucket(MucRole role, String s) {
        int n = filled.getOrDefault(role, Map.of()).getOrDefault(s, 0);
        if (n == 0) {
            return seen.containsKey(s) ? "never" : "unknown";
        }
        // a string filling a role is in its article's text, except for mentions GTT's processing cut differently
        double share = (double) n / Math.max(n, seen.getOrDefault(s, 0));
        String often = n == 1 ? "1" : n < 5 ? "2-4" : "5+";
        String step = share < 0.1 ? "<.1" : share < 0.25 ? "<.25" : share < 0.5 ? "<.5" : ">=.5";
        return step + "/" + often;
    }

    /** Each run of up to {@link #MAX_WORDS} words, with the position of its first word. */
    private static void grams(String[] words, ObjIntConsumer<String> action) {
        for (int i = 0; i < words.length; i++) {
            StringBuilder gram = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                gram.append(n == 0 ? "" : " ").append(words[i + n]);
                action.accept(gram.toString(), i);
            }
        }
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
