package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.muc.CandidateCache;
import org.sitrep.eval.muc.FillerCandidate;
import org.sitrep.eval.muc.FillerModel;
import org.sitrep.eval.muc.FillerPrior;
import org.sitrep.eval.muc.FrequentFillerBaseline;
import org.sitrep.eval.muc.IncidentTemplates;
import org.sitrep.eval.muc.MucDoc;
import org.sitrep.eval.muc.MucReader;
import org.sitrep.eval.muc.MucRelevance;
import org.sitrep.eval.muc.MucRole;
import org.sitrep.eval.muc.MucScorer;
import org.sitrep.eval.muc.MucTemplate;
import org.sitrep.eval.muc.RoleCounts;
import org.sitrep.eval.muc.SitrepTemplates;
import org.sitrep.eval.muc.Truecaser;
import org.sitrep.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval muc4}: Sitrep's events as MUC-4 templates, scored with GTT's metric. */
@Command(
        name = "muc4",
        mixinStandardHelpOptions = true,
        description = "MUC-4 template filling (GTT's processed data and metric): Sitrep's events mapped to incident "
                + "templates (org.sitrep.eval.muc.SitrepTemplates), their fillers judged by a filler model "
                + "trained on Sitrep's output for the training documents (FillerModel, MucRelevance), role "
                + "fillers P/R/F1, beside the rules alone and the frequent-filler baseline.")
final class EvalMuc4Command implements Callable<Integer> {
    enum Split {
        dev,
        train
    }

    /** A string fills a role in the baseline when it did in at least this many training documents. */
    static final int BASELINE_MIN_DOCUMENTS = 3;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "The MUC-4 directory (holding train.json and dev.json).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", description = "dev or train (default: ${DEFAULT-VALUE}).")
    Split split;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    Optional<Integer> limit;

    @Option(
            names = "--train-docs",
            paramLabel = "N",
            description = "Train the filler model on the first N training documents only (default: all 1,300).")
    Optional<Integer> trainDocuments;

    @Option(names = "--verbose", description = "Print each document's gold and predicted templates and its counts.")
    boolean verbose;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Where the candidate fillers of each data file are kept between runs, keyed by the data, the "
                    + "pipeline and the mapping (default: .cache/muc4 in Sitrep's folder).")
    Optional<Path> cacheDirectory;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(split + ".json");
        Path train = data.resolve("train.json");
        for (Path p : List.of(file, train)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("sitrep: no such file " + p + " (expected --data to name the MUC-4 directory)");
                return 2;
            }
        }
        if (limit.isPresent() && limit.get() < 1) {
            System.err.println("sitrep: --limit must be positive");
            return 2;
        }
        if (trainDocuments.isPresent() && trainDocuments.get() < 2) {
            System.err.println("sitrep: --train-docs must be at least 2");
            return 2;
        }
        MucReader reader = new MucReader();
        List<MucDoc> docs = reader.read(file);
        if (limit.isPresent() && limit.get() < docs.size()) {
            docs = docs.subList(0, limit.get());
        }
        List<MucDoc> training = reader.read(train);
        FrequentFillerBaseline baseline = FrequentFillerBaseline.train(training, BASELINE_MIN_DOCUMENTS);
        MucRelevance relevance = MucRelevance.train(training);
        FillerPrior prior = FillerPrior.train(training);
        Sitrep sitrep = Sitrep.load();
        SitrepTemplates mapping =
                SitrepTemplates.load(sitrep.knowledge().ontology().names());
        CandidateCache cache = new CandidateCache(cacheDirectory());
        // the filler model learns from Sitrep's own candidates on the training documents
        List<MucDoc> fillerTraining = trainDocuments.isPresent() && trainDocuments.get() < training.size()
                ? training.subList(0, trainDocuments.get())
                : training;
        Candidates trainingCandidates = candidates(sitrep, mapping, cache, fillerTraining, train);
        // relevance and prior as features of a training article come from the half of the articles without it
        List<MucRelevance> relevances = FillerModel.crossFitted(fillerTraining, MucRelevance::train);
        List<FillerPrior> priors = FillerModel.crossFitted(fillerTraining, FillerPrior::train);
        List<FillerModel.Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < fillerTraining.size(); i++) {
            MucDoc doc = fillerTraining.get(i);
            labelled.add(new FillerModel.Labelled(
                    doc,
                    FillerModel.judged(trainingCandidates.byDocument().get(i), doc, relevances.get(i), priors.get(i))));
        }
        FillerModel fillers = FillerModel.train(labelled);
        MucScorer scorer = new MucScorer();
        MucScorer baselineScorer = new MucScorer();
        MucScorer typeBlind = new MucScorer(false);
        MucScorer rulesOnly = new MucScorer();
        MucScorer relevanceOnly = new MucScorer();
        int[] relevanceCounts = new int[4]; // [predicted relevant * 2 + gold relevant]
        MucScorer baselineTypeBlind = new MucScorer(false);
        List<MucDoc> scored = docs;
        Candidates scoredCandidates = candidates(sitrep, mapping, cache, docs, file);
        for (int i = 0; i < docs.size(); i++) {
            MucDoc gold = docs.get(i);
            List<FillerCandidate> candidates = scoredCandidates.byDocument().get(i);
            List<MucTemplate> rules = IncidentTemplates.of(candidates, FillerCandidate::fromRules);
            rulesOnly.add(gold.templates(), rules);
            boolean relevant = relevance.probability(gold.text()) >= MucRelevance.THRESHOLD;
            relevanceCounts[(relevant ? 2 : 0) + (gold.templates().isEmpty() ? 0 : 1)]++;
            relevanceOnly.add(gold.templates(), relevant ? rules : List.of());
            List<MucTemplate> predicted =
                    IncidentTemplates.of(FillerModel.judged(candidates, gold, relevance, prior), fillers::keeps);
            Map<MucRole, RoleCounts> counts = scorer.add(gold.templates(), predicted);
            List<MucTemplate> baselinePredicted = baseline.predict(gold.text());
            baselineScorer.add(gold.templates(), baselinePredicted);
            typeBlind.add(gold.templates(), predicted);
            baselineTypeBlind.add(gold.templates(), baselinePredicted);
            if (verbose) {
                System.out.print(describe(gold, predicted, counts));
            }
        }
        System.out.printf(
                "Filler model (FillerModel, trained on Sitrep's candidates for %d training documents, pipeline %s): "
                        + "threshold %.2f; two-fold micro F1 on the training documents by threshold: %s%n",
                fillerTraining.size(),
                trainingCandidates.timing(),
                fillers.threshold(),
                percentages(fillers.crossValidated()));
        System.out.printf(
                "MUC-4 %s (GTT's processing): %d documents, %d gold templates; %d failed; pipeline %s (%d threads)%n"
                        + "Metric: GTT's (templates aligned one to one within an incident type, normalised exact match, "
                        + "any coreferent gold mention), micro over the five roles.%n"
                        + "Published (TST3+TST4, not this split): GTT 44.5, frequent-filler baseline 22.3.%n%n",
                split,
                docs.size(),
                scorer.goldTemplates(),
                scoredCandidates.failed(),
                scoredCandidates.timing(),
                parallel.threads());
        System.out.printf(
                "Sitrep (rules and filler model, with relevance as a feature; %d templates predicted):%n%s",
                scorer.predictedTemplates(), scorer.table());
        System.out.printf(
                "%nBaseline (strings filling a role in >= %d training documents, in one '%s' template; %d templates):%n%s",
                BASELINE_MIN_DOCUMENTS,
                baseline.incidentType(),
                baselineScorer.predictedTemplates(),
                baselineScorer.table());
        System.out.printf(
                "%nTemplates aligned whatever their incident types (role filling apart from typing), micro F1: "
                        + "Sitrep %s, baseline %s%n",
                micro(typeBlind), micro(baselineTypeBlind));
        System.out.printf(
                "%nRelevance classifier (MucRelevance, trained on train.json): %d articles with templates kept, "
                        + "%d dropped; %d without templates kept, %d dropped%n",
                relevanceCounts[3], relevanceCounts[1], relevanceCounts[2], relevanceCounts[0]);
        System.out.printf(
                "Rules only (every article, every filler the rules propose): micro F1 %s, %d templates%n",
                micro(rulesOnly), rulesOnly.predictedTemplates());
        System.out.printf(
                "Rules, in articles the relevance classifier keeps: micro F1 %s, %d templates%n",
                micro(relevanceOnly), relevanceOnly.predictedTemplates());
        if (scorer.truncatedSearches() > 0) {
            System.out.printf("%d documents' alignment search was cut short%n", scorer.truncatedSearches());
        }
        return scoredCandidates.failed() == 0 ? 0 : 1;
    }

    /**
     * Each document's candidate fillers, how many documents the pipeline failed on and the seconds it took, or
     * whether they came from the cache.
     */
    private record Candidates(List<List<FillerCandidate>> byDocument, int failed, double seconds, boolean cached) {
        String timing() {
            return cached ? "cached" : "%.1f s".formatted(seconds);
        }
    }

    /**
     * The documents' candidate fillers, from the cache when the data file, the pipeline and the mapping are the
     * same as when it was written; else by running the pipeline, cached when no document failed.
     */
    private Candidates candidates(
            Sitrep sitrep, SitrepTemplates mapping, CandidateCache cache, List<MucDoc> docs, Path file)
            throws IOException {
        String key = CandidateCache.key(file, Sitrep.class) + "-" + docs.size();
        Optional<List<List<FillerCandidate>>> cached = cache.read(key, docs.size());
        if (cached.isPresent()) {
            return new Candidates(cached.get(), 0, 0, true);
        }
        List<List<FillerCandidate>> byDocument = new ArrayList<>(Collections.nCopies(docs.size(), List.of()));
        EvalRun run = EvalRun.of(
                sitrep::extract,
                inputs(docs, file),
                parallel.threads(),
                (result, i) -> byDocument.set(i, result.map(mapping::candidates).orElse(List.of())));
        if (run.failed() == 0) {
            cache.write(key, byDocument);
        }
        return new Candidates(byDocument, run.failed(), run.seconds(), false);
    }

    private Path cacheDirectory() {
        return cacheDirectory.orElseGet(() -> Path.of(System.getProperty("sitrep.home", "."), ".cache", "muc4"));
    }

    /** "F1 (P p, R r)" over the five roles, in percent. */
    private static String micro(MucScorer scorer) {
        RoleCounts c = scorer.micro();
        return "%.1f (P %.1f, R %.1f)".formatted(100 * c.f1(), 100 * c.precision(), 100 * c.recall());
    }

    private static List<Document> inputs(List<MucDoc> docs, Path file) {
        // GTT's texts are lower case: the pipeline reads them truecased (same length, same offsets)
        Truecaser truecaser = new Truecaser();
        List<Document> inputs = new ArrayList<>();
        for (MucDoc d : docs) {
            inputs.add(Document.of(
                    d.id(), file + "#" + d.id(), "", Optional.empty(), Optional.empty(), truecaser.truecase(d.text())));
        }
        return inputs;
    }

    private static String percentages(Map<Double, Double> byThreshold) {
        StringBuilder out = new StringBuilder();
        byThreshold.forEach(
                (t, f1) -> out.append(out.length() == 0 ? "" : ", ").append("%.2f: %.1f".formatted(t, 100 * f1)));
        return out.toString();
    }

    private static String describe(MucDoc gold, List<MucTemplate> predicted, Map<MucRole, RoleCounts> counts) {
        StringBuilder out = new StringBuilder("== " + gold.id() + "\n");
        gold.templates().forEach(t -> out.append("  gold   ").append(line(t)).append('\n'));
        predicted.forEach(t -> out.append("  sitrep ").append(line(t)).append('\n'));
        RoleCounts micro = counts.values().stream().reduce(RoleCounts.ZERO, RoleCounts::plus);
        out.append("  right %d/%d, found %d/%d%n"
                .formatted(micro.predictedCorrect(), micro.predicted(), micro.goldFound(), micro.gold()));
        return out.toString();
    }

    private static String line(MucTemplate t) {
        StringBuilder out = new StringBuilder(t.incidentType());
        for (MucRole role : MucRole.values()) {
            if (!t.of(role).isEmpty()) {
                out.append(" | ").append(role.key()).append(": ");
                out.append(String.join(
                        "; ",
                        t.of(role).stream().map(e -> String.join(" = ", e)).toList()));
            }
        }
        return out.toString();
    }
}
