package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.geo.GeoArticle;
import org.sitrep.eval.geo.GeoCorpusReader;
import org.sitrep.eval.geo.SitrepToponyms;
import org.sitrep.eval.geo.ToponymScorer;
import org.sitrep.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval geo}: toponym recognition and resolution on LGL, GeoVirus and TR-News. */
@Command(
        name = "geo",
        mixinStandardHelpOptions = true,
        description = "Toponym recall, accuracy@161 km, mean/median error, AUC and precision (Gritta et al. 2018) "
                + "of every place Sitrep geocodes (entities' geo and event places) on LGL, GeoVirus and TR-News.")
final class EvalGeoCommand implements Callable<Integer> {
    /** The corpora, each in its folder of --data as ../shared/data/geo lays them out. */
    enum Corpus {
        lgl("lgl/lgl.xml"),
        geovirus("geovirus/GeoVirus.xml"),
        trnews("tr-news/TR-News.xml");

        final String file;

        Corpus(String file) {
            this.file = file;
        }
    }

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "Directory holding lgl/lgl.xml, geovirus/GeoVirus.xml and tr-news/TR-News.xml.")
    Path data;

    @Option(
            names = "--corpus",
            split = ",",
            description = "Corpora to score: ${COMPLETION-CANDIDATES} (default: all found under --data).")
    List<Corpus> corpora;

    @Option(
            names = "--limit",
            defaultValue = "0",
            description = "Score only the first N articles of each corpus (0: all).")
    int limit;

    @Option(
            names = "--verbose",
            description = "After each corpus's table, list every missed gold toponym and every one placed 161 km or"
                    + " more away (group, article, phrase, km, Sitrep's place and reason).")
    boolean verbose;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        List<Corpus> chosen = corpora == null ? List.of(Corpus.values()) : corpora;
        List<Corpus> present = new ArrayList<>();
        for (Corpus c : chosen) {
            if (Files.isRegularFile(data.resolve(c.file))) {
                present.add(c);
            } else if (corpora != null) {
                System.err.println("sitrep: no such file " + data.resolve(c.file));
                return 2;
            }
        }
        if (present.isEmpty()) {
            System.err.println("sitrep: none of lgl/lgl.xml, geovirus/GeoVirus.xml, tr-news/TR-News.xml under " + data);
            return 2;
        }
        Sitrep sitrep = Sitrep.load();
        int failed = 0;
        for (Corpus c : present) {
            Path file = data.resolve(c.file);
            GeoCorpusReader.Corpus corpus = new GeoCorpusReader().read(c.name(), file);
            List<GeoArticle> articles = limit > 0 && limit < corpus.articles().size()
                    ? corpus.articles().subList(0, limit)
                    : corpus.articles();
            List<Document> inputs = new ArrayList<>();
            for (GeoArticle a : articles) {
                inputs.add(Document.of(a.id(), file + "#" + a.id(), "", Optional.empty(), Optional.empty(), a.text()));
            }
            ToponymScorer scorer = new ToponymScorer();
            EvalRun run = EvalRun.of(
                    sitrep::extract,
                    inputs,
                    parallel.threads(),
                    (result, i) -> scorer.add(
                            articles.get(i).id(),
                            articles.get(i).toponyms(),
                            result.map(SitrepToponyms::of).orElse(List.of())));
            failed += run.failed();
            System.out.print(scorer.format(
                    "%s (%s): %d articles, %d gold toponyms unplaceable in the text; %d failed; %.1f s (%d threads)"
                            .formatted(
                                    c.name(),
                                    file,
                                    articles.size(),
                                    corpus.dropped(),
                                    run.failed(),
                                    run.seconds(),
                                    parallel.threads())));
            if (verbose) {
                System.out.print(scorer.errors());
            }
            System.out.println();
        }
        return failed == 0 ? 0 : 1;
    }
}
