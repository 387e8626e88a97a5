package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CharSpan;

/** One CoNLL-2003 document: its sentences of tokens with gold NER tags. */
public record ConllDoc(String id, List<ConllDoc.Sentence> sentences) {
    /** Words and their NER tags ({@code I-PER}, {@code B-LOC}, {@code O}...), one per token. */
    public record Sentence(List<String> words, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
            if (words.size() != tags.size() || words.isEmpty()) {
                throw new IllegalArgumentException("expected as many tags as words (> 0), got %d words, %d tags"
                        .formatted(words.size(), tags.size()));
            }
        }
    }

    public ConllDoc {
        requireNonNull(id, "id is null");
        sentences = List.copyOf(sentences);
    }

    /**
     * The document as Sitrep reads it: tokens joined with single spaces, sentences separated by a
     * blank line. Sitrep always ends a sentence at a blank line, so like the CRF, which tags the
     * dataset's sentences one by one, it sees the dataset's sentence boundaries (a few of which cut
     * through names: "Willie" / "Wood").
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(String.join(" ", s.words()));
        }
        return text.toString();
    }

    /** Where each token (numbered through the whole document) lies in {@link #text()}. */
    public List<CharSpan> tokenSpans() {
        List<CharSpan> spans = new ArrayList<>();
        int at = 0;
        for (Sentence s : sentences) {
            for (String w : s.words()) {
                spans.add(new CharSpan(at, at + w.length()));
                at += w.length() + 1; // the space, or the first newline after the sentence's last word
            }
            at++; // the blank line's second newline
        }
        return spans;
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }

    /** The gold entities, numbered through the whole document; none crosses a sentence boundary. */
    public List<Chunk> goldChunks() {
        List<Chunk> chunks = new ArrayList<>();
        int offset = 0;
        for (Sentence s : sentences) {
            chunks.addAll(Chunk.fromTags(s.tags(), offset));
            offset += s.words().size();
        }
        return chunks;
    }
}
