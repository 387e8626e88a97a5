package org.sitrep.extract.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The role model's features of one (trigger, entity mention) pair of a sentence, from the parse already made:
 * the shortest dependency path between the trigger's head and the mention's head (relations with their
 * direction, up to {@link #MAX_PATH} arcs), the trigger's type and lemma, the mention's entity type, kind and
 * head lemma, which side of the trigger it is on and how far, and the role the rules gave it. Built once per
 * trigger: the paths from its head to every token come from one breadth-first walk over the sentence's arcs.
 */
public final class RoleFeatures {
    /** Longer paths are rare among arguments and all alike to the model: "far". */
    static final int MAX_PATH = 4;

    private final Sentence sentence;
    private final int triggerHead;
    private final String type;
    private final String lemma;
    private final String voice;
    private final String[] paths;

    /**
     * @param triggerHead the trigger's head token in the sentence
     * @param type        the trigger's Sitrep type
     */
    public RoleFeatures(Sentence sentence, int triggerHead, String type) {
        this.sentence = sentence;
        this.triggerHead = triggerHead;
        this.type = type;
        Token head = sentence.tokens().get(triggerHead);
        this.lemma = head.lemma().toLowerCase(Locale.ROOT);
        this.voice = !head.isVerb() ? "noun" : ArgumentFinder.isPassive(sentence, triggerHead) ? "passive" : "active";
        this.paths = paths(sentence, triggerHead);
    }

    /**
     * The features of one candidate: its mention (an entity's, or else a noun phrase: {@code entity} false), its
     * head token and the role the rules gave it (if any).
     */
    public List<String> of(EntityMention mention, int candidateHead, boolean entity, Optional<Role> ruleRole) {
        Token head = sentence.tokens().get(candidateHead);
        String path = paths[candidateHead] == null ? "far" : paths[candidateHead];
        String coarse = coarse(path);
        String kind = entity ? mention.type().name() : "PHRASE";
        String rule = ruleRole.map(Role::name).orElse("none");
        String side = candidateHead < triggerHead ? "before" : "after";
        List<String> f = new ArrayList<>(24);
        f.add("t=" + type);
        f.add("l=" + lemma);
        f.add("v=" + voice + "|" + type);
        f.add("e=" + kind);
        f.add("e|t=" + kind + "|" + type);
        f.add("k=" + mention.kind().name());
        f.add("h=" + head.lemma().toLowerCase(Locale.ROOT));
        f.add("h|t=" + head.lemma().toLowerCase(Locale.ROOT) + "|" + type);
        f.add("p=" + path);
        f.add("p|t=" + path + "|" + type);
        f.add("p|v=" + path + "|" + voice);
        f.add("p|l=" + path + "|" + lemma);
        f.add("pc=" + coarse);
        f.add("pc|e=" + coarse + "|" + kind);
        f.add("n=" + (paths[candidateHead] == null ? "far" : pathLength(path)));
        f.add("s=" + side + "|" + voice);
        f.add("s|e=" + side + "|" + kind);
        f.add("d=" + distance(Math.abs(candidateHead - triggerHead)));
        f.add("r=" + rule);
        f.add("r|t=" + rule + "|" + type);
        f.add("r|p=" + rule + "|" + coarse);
        f.add("r|e=" + rule + "|" + kind);
        return f;
    }

    /** Each token's path from the trigger's head: "<nsubj" climbs to a governor, "obj>" descends; null beyond MAX_PATH. */
    private static String[] paths(Sentence sentence, int from) {
        String[] paths = new String[sentence.tokens().size()];
        if (!sentence.isParsed()) {
            return paths;
        }
        List<List<String[]>> neighbours = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            neighbours.add(new ArrayList<>(4));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && d.governor() != d.dependent()) {
                neighbours.get(d.governor()).add(new String[] {Integer.toString(d.dependent()), d.relation() + ">"});
                neighbours.get(d.dependent()).add(new String[] {Integer.toString(d.governor()), "<" + d.relation()});
            }
        }
        int[] depth = new int[paths.length];
        Arrays.fill(depth, -1);
        depth[from] = 0;
        paths[from] = "self";
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (depth[at] == MAX_PATH) {
                continue;
            }
            for (String[] n : neighbours.get(at)) {
                int to = Integer.parseInt(n[0]);
                if (depth[to] < 0) {
                    depth[to] = depth[at] + 1;
                    paths[to] = depth[at] == 0 ? n[1] : paths[at] + " " + n[1];
                    queue.add(to);
                }
            }
        }
        return paths;
    }

    /** The path without the prepositions of its relations ("obl:in>" as "obl>"): shared by rarer prepositions. */
    private static String coarse(String path) {
        StringBuilder out = new StringBuilder();
        for (String step : path.split(" ")) {
            int colon = step.indexOf(':');
            if (out.length() > 0) {
                out.append(' ');
            }
            if (colon < 0) {
                out.append(step);
            } else if (step.startsWith("<")) {
                out.append(step, 0, colon);
            } else {
                out.append(step, 0, colon).append('>');
            }
        }
        return out.toString();
    }

    private static String pathLength(String path) {
        return path.equals("self") ? "0" : Integer.toString(path.split(" ").length);
    }

    private static String distance(int tokens) {
        return tokens <= 2 ? Integer.toString(tokens) : tokens <= 5 ? "3-5" : tokens <= 10 ? "6-10" : "11+";
    }
}
