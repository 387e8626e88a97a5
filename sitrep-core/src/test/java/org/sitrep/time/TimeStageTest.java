package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Precision;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.DocumentAssertions;

class TimeStageTest {
    private static final String TEXT = "Gunmen attacked a base on Saturday. The army struck back two days later.";
    private final TimeStage stage = new TimeStage();

    @Test
    void declaresItsNameAndLayers() {
        assertEquals("times", stage.name());
        assertEquals(Set.of(Layer.SENTENCES), stage.requires());
        assertEquals(Set.of(Layer.TIMES), stage.produces());
    }

    @Test
    void resolvesTimesAgainstThePublicationDateOfTheDocument() {
        Document document = Document.of(
                        "d1",
                        "reuters",
                        "Base attacked",
                        Optional.of(LocalDate.of(2016, 1, 7)),
                        Optional.of("BAMAKO"),
                        TEXT)
                .withSentences(sentences());

        Document result = stage.apply(document);
        DocumentAssertions.assertWellFormed(result);

        assertEquals(
                List.of(
                        new TimeMention(
                                new CharSpan(26, 34),
                                "Saturday",
                                Timex.of(Timex.Type.DATE, "2016-01-02"),
                                Optional.of(TimeValue.of("2016-01-02", Precision.DAY)),
                                Optional.empty()),
                        new TimeMention(
                                new CharSpan(57, 71),
                                "two days later",
                                Timex.of(Timex.Type.DATE, "2016-01-04"),
                                Optional.of(TimeValue.of("2016-01-04", Precision.DAY)),
                                Optional.of(java.time.Period.ofDays(2)))),
                result.times());
        assertEquals(document.sentences(), result.sentences());
        assertEquals(document.published(), result.published());
    }

    @Test
    void findsTimesWithoutValuesWhenTheDocumentHasNoDate() {
        Document result = stage.apply(Document.of("d2", TEXT).withSentences(sentences()));
        DocumentAssertions.assertWellFormed(result);

        assertEquals(
                List.of("Saturday", "two days later"),
                result.times().stream().map(TimeMention::text).toList());
        assertEquals(
                List.of(Optional.empty(), Optional.empty()),
                result.times().stream().map(TimeMention::value).toList());
    }

    @Test
    void runsInAPipelineAfterAStageThatProducesSentences() {
        Pipeline pipeline = Pipeline.of(List.of(new SentencesGiven(sentences()), stage));

        Document result = pipeline.run(Document.of("d3", TEXT));
        DocumentAssertions.assertWellFormed(result);

        assertEquals(2, result.times().size());
    }

    private static List<Sentence> sentences() {
        return List.of(
                new Sentence(0, new CharSpan(0, 35), List.of(), List.of()),
                new Sentence(1, new CharSpan(36, 72), List.of(), List.of()));
    }

    /** A fake splitter: attaches fixed sentences. */
    private record SentencesGiven(List<Sentence> sentences) implements org.sitrep.pipeline.Stage {
        @Override
        public String name() {
            return "sentences";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public Document apply(Document document) {
            return document.withSentences(sentences);
        }
    }
}
