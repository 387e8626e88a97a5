package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.bench.BenchCorpus;
import org.sitrep.eval.baseline.ParserAgreement;
import org.sitrep.model.Document;
import org.sitrep.nlp.DependencyParseStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval parser}: Sitrep's dependency parser against CoreNLP's, same model, same sentences. */
@Command(
        name = "parser",
        mixinStandardHelpOptions = true,
        description =
                "Agreement of Sitrep's dependency parser with CoreNLP's DependencyParser (the same English UD model) "
                        + "on the sentences of a corpus, and the time each takes, one thread.")
final class EvalParserCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description =
                    "A WikiEvents directory (dev then test documents) or articles, as `bench --corpus` reads them.")
    Path data;

    @Option(names = "--with-train", description = "With a WikiEvents directory, add the train-substitute texts.")
    boolean withTrain;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(data)) {
            System.err.println("sitrep: no such corpus " + data);
            return 2;
        }
        BenchCorpus corpus;
        try {
            corpus = BenchCorpus.read(data, withTrain);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        ParserAgreement agreement = new ParserAgreement();
        ParserAgreement.Result total = ParserAgreement.Result.NONE;
        for (Document document : corpus.documents()) {
            total = total.plus(agreement.compare(document.text()));
        }
        if (total.sentences() == 0) {
            System.err.println("sitrep: no sentences in " + data);
            return 2;
        }
        System.out.printf(
                Locale.ROOT,
                "Parser agreement on %s: %d sentences of at most %d tokens, %d tokens%n",
                corpus.description(),
                total.sentences(),
                DependencyParseStage.MAX_TOKENS,
                total.tokens());
        System.out.printf(
                Locale.ROOT,
                "same head and label (LAS-style)   %6.2f%%  (%d of %d tokens)%n",
                total.arcAgreement(),
                total.sameArc(),
                total.tokens());
        System.out.printf(
                Locale.ROOT,
                "same head (UAS-style)             %6.2f%%  (%d)%n",
                total.headAgreement(),
                total.sameHead());
        System.out.printf(
                Locale.ROOT,
                "identical sentences               %6.2f%%  (%d of %d)%n",
                total.identicalShare(),
                total.identicalSentences(),
                total.sentences());
        double sitrepMs = total.sitrepNanos() / 1e6;
        double coreNlpMs = total.coreNlpNanos() / 1e6;
        System.out.printf(
                Locale.ROOT,
                "time, one thread, sentence by sentence (Sitrep's stage also batches a document's sentences):%n");
        System.out.printf(
                Locale.ROOT,
                "  Sitrep TransitionParser        %8.1f ms  (%.1f µs/token)%n",
                sitrepMs,
                1000 * sitrepMs / total.tokens());
        System.out.printf(
                Locale.ROOT,
                "  CoreNLP DependencyParser       %8.1f ms  (%.1f µs/token)  %.1fx Sitrep's time%n",
                coreNlpMs,
                1000 * coreNlpMs / total.tokens(),
                coreNlpMs / sitrepMs);
        System.out.println(
                "The first documents include the JIT's warm-up for both; CoreNLP's time includes building its GrammaticalStructure.");
        return 0;
    }
}
