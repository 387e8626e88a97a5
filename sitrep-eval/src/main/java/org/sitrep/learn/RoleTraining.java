package org.sitrep.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.app.InOrderPool;
import org.sitrep.app.Knowledge;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.data.Tsv;
import org.sitrep.eval.Gold;
import org.sitrep.eval.GoldTriggers;
import org.sitrep.eval.KairosMapping;
import org.sitrep.eval.WikiEventsReader;
import org.sitrep.extract.events.EventRoleCandidates;
import org.sitrep.extract.events.GivenTrigger;
import org.sitrep.extract.events.RoleCandidate;
import org.sitrep.extract.events.RoleDecoder;
import org.sitrep.extract.events.RoleModel;
import org.sitrep.extract.events.TriggerModel;
import org.sitrep.model.Document;

/**
 * {@code sitrep train}'s argument-role model: runs Sitrep's argument rules on the gold triggers of the WikiEvents
 * train substitute and dev split (types mapped by {@code kairos-mapping.tsv}, as {@code eval wikievents
 * --gold-triggers} does), labels each (trigger, entity mention) candidate with the gold role of its head
 * ({@link RoleExamples}), trains with each cost in {@link #COSTS}, lowers NONE's bias by each of {@link
 * #NONE_SHIFTS}, keeps the pair with the best argument F1 on dev (the rules' arguments and the model's together,
 * decoded by {@link RoleDecoder}), and writes {@code role-model.tsv} with its data card {@code role-model.card.json},
 * which also holds the model's decisions on {@link RoleProbes}.
 */
public final class RoleTraining {
    static final String TRAIN = TriggerTraining.TRAIN;
    static final String DEV = TriggerTraining.DEV;
    static final double[] COSTS = {0.1, 0.3, 1.0};
    static final double[] NONE_SHIFTS = {-2.0, -1.5, -1.0, -0.5, 0, 0.5};
    /** Overrule probabilities tried (1.01: never), to choose {@link RoleDecoder#OVERRULE_PROBABILITY}. */
    static final double[] OVERRULE = {1.01, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5};

    /** Fewest training examples a role needs to be a class of the model. */
    static final int MIN_CLASS_EXAMPLES = 20;

    public static final String MODEL_FILE = "role-model.tsv";
    public static final String CARD_FILE = "role-model.card.json";

    private final PrintStream log;

    public RoleTraining(PrintStream log) {
        this.log = log;
    }

    /** Trains from {@code data} (the shared data directory) and writes the two files into {@code out}. */
    public void run(Path data, Path out) throws IOException {
        long start = System.nanoTime();
        Knowledge knowledge = Knowledge.load(Optional.empty());
        KairosMapping mapping = KairosMapping.load(knowledge.ontology());
        DerivedTrainReader.GoldResult train = new DerivedTrainReader().readGold(data.resolve(TRAIN));
        List<Gold.Doc> dev = new WikiEventsReader().read(data.resolve(DEV));
        RoleExamples labels = new RoleExamples(mapping);
        List<EventRoleCandidates> trainEvents = candidates(knowledge, mapping, train.docs());
        List<EventRoleCandidates> devEvents = candidates(knowledge, mapping, dev);
        Map<String, Gold.Doc> golds = new HashMap<>();
        train.docs().forEach(d -> golds.put(d.id(), d));
        dev.forEach(d -> golds.put(d.id(), d));
        List<TriggerExamples.Example> examples = new ArrayList<>();
        for (EventRoleCandidates e : trainEvents) {
            examples.addAll(labels.of(e, golds.get(e.document().id())));
        }
        Map<String, Integer> perClass = new TreeMap<>();
        examples.forEach(e -> perClass.merge(e.label(), 1, Integer::sum));
        log.printf(
                "tagged in %.0f s: %d train events, %d candidates %s; %d dev events%n",
                (System.nanoTime() - start) / 1e9, trainEvents.size(), examples.size(), perClass, devEvents.size());

        LinkedHashMap<String, String> classes = new LinkedHashMap<>();
        classes.put(RoleModel.NONE, "-");
        perClass.forEach((c, n) -> {
            if (!c.equals(RoleModel.NONE) && n >= MIN_CLASS_EXAMPLES) {
                classes.put(c, "-");
            }
        });
        List<TriggerExamples.Example> kept = examples.stream()
                .map(e ->
                        classes.containsKey(e.label()) ? e : new TriggerExamples.Example(e.features(), RoleModel.NONE))
                .toList();

        ObjectNode card = new ObjectMapper().createObjectNode();
        ArrayNode search = new ObjectMapper().createArrayNode();
        TokenScores rulesOnly = score(devEvents, golds, labels, Optional.<RoleModel>empty(), 1);
        log.printf(
                "dev, rules alone: P %.1f R %.1f F1 %.1f%n", rulesOnly.precision(), rulesOnly.recall(), rulesOnly.f1());
        RoleModel best = null;
        double bestCost = 0;
        double bestShift = 0;
        TokenScores bestScores = null;
        for (double cost : COSTS) {
            TriggerModel trained = TriggerTrainer.train(kept, classes, cost);
            for (double shift : NONE_SHIFTS) {
                RoleModel m = RoleModel.parse(new Tsv.Source(
                        MODEL_FILE,
                        trained.withBiasShift(RoleModel.NONE, (float) shift).format()));
                for (double o : OVERRULE) {
                    TokenScores so = score(devEvents, golds, labels, Optional.of(m), o);
                    log.printf("cost %s, NONE bias %+.1f, overrule at %.2f: dev F1 %.1f%n", cost, shift, o, so.f1());
                }
                TokenScores s = score(devEvents, golds, labels, Optional.of(m), RoleDecoder.OVERRULE_PROBABILITY);
                log.printf(
                        "cost %s, NONE bias %+.1f: dev P %.1f R %.1f F1 %.1f%n",
                        cost, shift, s.precision(), s.recall(), s.f1());
                search.addObject().put("cost", cost).put("noneBiasShift", shift).put("devF1", round(s.f1()));
                if (bestScores == null || s.f1() > bestScores.f1()) {
                    best = m;
                    bestCost = cost;
                    bestShift = shift;
                    bestScores = s;
                }
            }
        }
        String model = best.format();
        Files.createDirectories(out);
        Files.writeString(out.resolve(MODEL_FILE), model, StandardCharsets.UTF_8);
        card.put("model", "argument roles: one class per (trigger, entity mention of its sentence) pair");
        card.put("file", MODEL_FILE);
        card.put("sha256", TriggerTraining.sha256(model));
        card.put("command", "./sitrep train --data ../shared/data");
        ObjectNode library = card.putObject("library");
        library.put("artifact", "de.bwaldvogel:liblinear:2.44");
        library.put("licence", "BSD-3-Clause");
        library.put("solver", TriggerTrainer.SOLVER.name() + " (L1-regularised logistic regression, one-vs-rest)");
        library.put("cost", bestCost);
        library.put("epsilon", TriggerTrainer.EPSILON);
        library.put("noneBiasShift", bestShift);
        library.put("minFeatureCount", TriggerTrainer.MIN_COUNT);
        library.put("seed", "LIBLINEAR's generator reset before training; features numbered in sorted order");
        ObjectNode trainingData = card.putObject("trainingData");
        trainingData.put(
                "corpus", "WikiEvents train substitute (Li, Ji & Han 2021; fork mc2259/gen-arg at d89baa86, MIT)");
        trainingData.put("path", TRAIN);
        trainingData.put("documents", train.docs().size());
        trainingData.put("events", trainEvents.size());
        trainingData.put("arguments", train.arguments());
        trainingData.put(
                "argumentsNotPlaced", train.unplaced()); // text not found near its trigger: no offsets in the file
        trainingData.put("candidates", examples.size());
        ObjectNode counts = trainingData.putObject("candidatesPerLabel");
        perClass.forEach(counts::put);
        trainingData.put("notUsed", "RAMS: only its dev and test splits are in ../shared/data (no train split)");
        ObjectNode ontologyMap = card.putObject("ontologyMapping");
        ontologyMap.put(
                "rule",
                "KAIROS role -> Sitrep role by sitrep-eval's kairos-mapping.tsv (roles column of the event's type; two-level"
                        + " types fall back to Type.Subtype.Unspecified); gold triggers of unmapped types give no events;"
                        + " place roles and unmapped roles are NONE (the place rules fill the event's place); roles with"
                        + " fewer than " + MIN_CLASS_EXAMPLES + " training examples are NONE");
        ArrayNode classList = ontologyMap.putArray("classes");
        best.classes().forEach(classList::add);
        card.putArray("candidates")
                .add("every entity mention (name, description, pronoun) of the trigger's sentence outside the trigger");
        card.putArray("features")
                .add("trigger type, trigger lemma, voice (active, passive, noun) with type")
                .add("entity type (and with trigger type), mention kind, head lemma (and with trigger type)")
                .add("shortest enhanced++ dependency path from trigger head to mention head, up to 4 arcs, with"
                        + " directions (alone, with type, voice, lemma); the same without prepositions (alone, with"
                        + " entity type); path length")
                .add("side of the trigger (with voice, with entity type), token distance in buckets")
                .add("the role the rules gave the phrase holding the mention's head, or none (alone, with type, coarse"
                        + " path, entity type)");
        card.put(
                "decoding",
                "argmax class; the rules' arguments kept; a mention the rules gave a role gets no other; one role per"
                        + " head token; a model agent only when the rules found none or it is conjoined with theirs,"
                        + " and of unconjoined model agents the most probable (RoleDecoder)");
        card.put("featureCount", best.featureCount());
        card.set("search", search);
        ObjectNode scores = card.putObject("devScores");
        scores.put("corpus", "WikiEvents dev (official), " + DEV + ", gold triggers of mapped types");
        scores.put(
                "metric",
                "(trigger, head, Sitrep role) tuples of participant roles (no place), micro P/R/F1, recall over every"
                        + " gold argument of the dev documents (places and unmapped roles and types count as misses)");
        putScores(scores.putObject("rulesOnly"), rulesOnly);
        putScores(scores.putObject("withModel"), bestScores);
        scores.put(
                "evaluation",
                "./sitrep eval wikievents --data ../shared/data/wikievents --split dev --gold-triggers [--rules-only]");
        RoleProbes.describe(card.putArray("probes"), knowledge, best);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out.resolve(CARD_FILE), json.writeValueAsString(card) + "\n", StandardCharsets.UTF_8);
        log.printf("wrote %s and %s to %s in %.0f s%n", MODEL_FILE, CARD_FILE, out, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The pipeline that gives {@code sink} the role candidates of the given triggers after Sitrep's argument rules, as
     * the model sees them: the same passes for training, dev scoring and the card's probes.
     */
    static Sitrep candidatePipeline(
            Knowledge knowledge, Function<Document, List<GivenTrigger>> triggers, Consumer<EventRoleCandidates> sink) {
        return Sitrep.load(
                knowledge,
                new Sitrep.Options(
                        true,
                        Optional.empty(),
                        passes -> List.of(
                                passes.givenTriggers(triggers),
                                passes.arguments(),
                                passes.eventArguments(),
                                passes.roleCandidates(sink),
                                passes.defaults())));
    }

    /** Each gold-triggered event's candidates, after Sitrep's argument rules, documents in order. */
    static List<EventRoleCandidates> candidates(Knowledge knowledge, KairosMapping mapping, List<Gold.Doc> docs) {
        GoldTriggers gold = GoldTriggers.of(docs, mapping);
        Map<String, List<EventRoleCandidates>> byDoc = new java.util.concurrent.ConcurrentHashMap<>();
        Sitrep sitrep = candidatePipeline(knowledge, gold::triggersOf, e -> byDoc.computeIfAbsent(
                        e.document().id(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(e));
        new StreamingExtractor(() -> sitrep::extract, InOrderPool.of(2, "sitrep-train"))
                .runDocuments(docs.stream().map(d -> Document.of(d.id(), d.text())), outcome -> {});
        List<EventRoleCandidates> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(byDoc.getOrDefault(d.id(), List.of())));
        return all;
    }

    /** The rules' arguments with the model's (none without a model) against gold, over the dev events. */
    private static TokenScores score(
            List<EventRoleCandidates> events,
            Map<String, Gold.Doc> golds,
            RoleExamples labels,
            Optional<RoleModel> model,
            double overrule) {
        int correct = 0;
        int predicted = 0;
        int gold = 0;
        int reachable = 0;
        Map<String, List<EventRoleCandidates>> byDoc = new TreeMap<>();
        events.forEach(e ->
                byDoc.computeIfAbsent(e.document().id(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<EventRoleCandidates>> d : byDoc.entrySet()) {
            Gold.Doc g = golds.get(d.getKey());
            List<String> predictedTuples = new ArrayList<>();
            List<org.sitrep.model.CharSpan> triggers = new ArrayList<>();
            for (EventRoleCandidates e : d.getValue()) {
                Optional<Gold.Event> ge = RoleExamples.goldEvent(g, e.trigger());
                if (ge.isEmpty()) {
                    continue;
                }
                triggers.add(ge.get().trigger());
                List<RoleDecoder.Choice> added = List.of();
                List<org.sitrep.model.Argument> rules = e.ruleArguments();
                if (model.isPresent()) {
                    List<RoleDecoder.Scored> scored = new ArrayList<>();
                    for (RoleCandidate c : e.candidates()) {
                        scored.add(new RoleDecoder.Scored(c, model.get().classify(c.features())));
                    }
                    rules = RoleDecoder.overrule(
                            e.sentence(), rules, scored, model.get().classes(), overrule);
                    added = RoleDecoder.choose(e.sentence(), rules, scored);
                }
                predictedTuples.addAll(RoleExamples.predictedTuples(g, ge.get().trigger(), rules, added));
            }
            List<String> distinct = predictedTuples.stream().distinct().toList();
            if (model.isEmpty()) {
                reachable += reachable(d.getValue(), g, labels);
            }
            List<String> goldTuples = labels.goldTuples(g, triggers);
            predicted += distinct.size();
            gold += goldTuples.size();
            correct += (int) distinct.stream().filter(goldTuples::contains).count();
        }
        if (model.isEmpty()) {
            System.err.printf(
                    "dev: %d of %d gold roles have a candidate or rule argument at their head%n", reachable, gold);
        }
        // the dev arguments no participant role can fill (places, roles and types Sitrep has no slot for) count
        // as misses, as in the official all-types score: recall weighs as much as it does there
        int all = 0;
        for (Gold.Doc g : golds.values()) {
            if (byDoc.containsKey(g.id())) {
                all += g.events().stream().mapToInt(e -> e.arguments().size()).sum();
            }
        }
        return new TokenScores(correct, predicted, Math.max(gold, all));
    }

    /** How many gold (trigger, head, role) tuples some candidate or rule argument could fill. */
    private static int reachable(List<EventRoleCandidates> events, Gold.Doc g, RoleExamples labels) {
        List<String> heads = new ArrayList<>();
        List<org.sitrep.model.CharSpan> triggers = new ArrayList<>();
        for (EventRoleCandidates e : events) {
            Optional<Gold.Event> ge = RoleExamples.goldEvent(g, e.trigger());
            if (ge.isEmpty()) {
                continue;
            }
            triggers.add(ge.get().trigger());
            for (RoleCandidate c : e.candidates()) {
                heads.add(ge.get().trigger() + " "
                        + org.sitrep.eval.Predicted.head(c.mention().span(), g.tokens()));
            }
            for (org.sitrep.model.Argument a : e.ruleArguments()) {
                heads.add(ge.get().trigger() + " " + org.sitrep.eval.Predicted.head(a.span(), g.tokens()));
            }
        }
        int n = 0;
        for (String t : labels.goldTuples(g, triggers)) {
            if (heads.contains(t.substring(0, t.lastIndexOf(' ')))) {
                n++;
            }
        }
        return n;
    }

    private static void putScores(ObjectNode node, TokenScores s) {
        node.put("precision", round(s.precision()));
        node.put("recall", round(s.recall()));
        node.put("f1", round(s.f1()));
        node.put("correct", s.correct());
        node.put("predicted", s.predicted());
        node.put("gold", s.gold());
    }

    private static double round(double v) {
        return TriggerTraining.round(v);
    }
}
