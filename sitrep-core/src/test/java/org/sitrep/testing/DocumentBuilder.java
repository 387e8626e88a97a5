package org.sitrep.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Precision;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;
import org.sitrep.model.Token;

/**
 * A document built by hand, sentence by sentence, for tests of the stages after parsing: tagged
 * words, dependency arcs in the usual "rel(governor-i, dependent-j)" notation (1-based, ROOT-0 for
 * the root), then the entity mentions and times of that sentence.
 *
 * <pre>{@code
 * Document d = new DocumentBuilder().published("2016-01-07")
 *         .sentence("Gunmen/NNS attacked/VBD/attack Arsal/NNP ./.",
 *                 "nsubj(attacked-2, Gunmen-1)", "obj(attacked-2, Arsal-3)")
 *         .name("E1", "Arsal", EntityType.GPE)
 *         .build();
 * }</pre>
 *
 * A word is "text/TAG" or "text/TAG/lemma"; the lemma defaults to the lower-cased text. Sentences
 * are joined by a space, or by a blank line after {@link #paragraph()}. A sentence without arcs is
 * unparsed. Mentions and times are found by their text in the last sentence (first occurrence), and
 * a mention's head is its last word.
 */
public final class DocumentBuilder {
    private static final Pattern ARC = Pattern.compile("([^(]+)\\((.+)-(\\d+), (.+)-(\\d+)\\)");

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();
    private final Map<String, List<EntityMention>> entities = new LinkedHashMap<>();
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final List<TimeMention> times = new ArrayList<>();
    private String separator = "";
    private Optional<LocalDate> published = Optional.empty();
    private Optional<String> dateline = Optional.empty();
    private String headline = "";

    public DocumentBuilder published(String isoDate) {
        published = Optional.of(LocalDate.parse(isoDate));
        return this;
    }

    public DocumentBuilder headline(String value) {
        headline = value;
        return this;
    }

    public DocumentBuilder dateline(String place) {
        dateline = Optional.of(place);
        return this;
    }

    /** The next sentence starts a new paragraph. */
    public DocumentBuilder paragraph() {
        if (!sentences.isEmpty()) {
            separator = "\n\n";
        }
        return this;
    }

    /**
     * A sentence of space-separated {@code text/TAG} or {@code text/TAG/lemma} words, written into the text with a
     * space between them; a word that starts with {@code ~} is written right after the one before it, as in print
     * ("BAMAKO ~,/, March/NNP 12/CD (/-LRB- ~Reuters/NNP ~)/-RRB- -/:" reads "BAMAKO, March 12 (Reuters) -").
     */
    public DocumentBuilder sentence(String taggedWords, String... arcs) {
        text.append(separator);
        separator = " ";
        int begin = text.length();
        List<Token> tokens = new ArrayList<>();
        for (String word : taggedWords.split(" ")) {
            boolean glued = word.length() > 1 && word.startsWith("~");
            String[] parts = (glued ? word.substring(1) : word).split("/");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("'%s' is not text/TAG or text/TAG/lemma".formatted(word));
            }
            if (!tokens.isEmpty() && !glued) {
                text.append(' ');
            }
            int at = text.length();
            text.append(parts[0]);
            String lemma = parts.length == 3 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(tokens.size(), new CharSpan(at, text.length()), parts[0], lemma, parts[1], "O"));
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String arc : arcs) {
            dependencies.add(arc(arc, tokens));
        }
        sentences.add(new Sentence(sentences.size(), new CharSpan(begin, text.length()), tokens, dependencies));
        return this;
    }

    private static Dependency arc(String arc, List<Token> tokens) {
        Matcher m = ARC.matcher(arc);
        if (!m.matches()) {
            throw new IllegalArgumentException("arc '%s' is not rel(governor-i, dependent-j)".formatted(arc));
        }
        int governor = Integer.parseInt(m.group(3)) - 1;
        int dependent = Integer.parseInt(m.group(5)) - 1;
        check(arc, m.group(2), governor, tokens);
        check(arc, m.group(4), dependent, tokens);
        return new Dependency(governor, dependent, m.group(1));
    }

    private static void check(String arc, String word, int index, List<Token> tokens) {
        boolean root = index == -1 && word.equals("ROOT");
        if (!root
                && (index < 0
                        || index >= tokens.size()
                        || !tokens.get(index).text().equals(word))) {
            throw new IllegalArgumentException("arc '%s': word %d is not '%s'".formatted(arc, index + 1, word));
        }
    }

    /** A name of entity {@code id} in the last sentence. */
    public DocumentBuilder name(String id, String mention, EntityType type) {
        return mention(id, mention, type, EntityMention.Kind.NAME);
    }

    /** A description of entity {@code id} in the last sentence ("a Lebanese soldier"). */
    public DocumentBuilder nominal(String id, String mention, EntityType type) {
        return mention(id, mention, type, EntityMention.Kind.NOMINAL);
    }

    /** A pronoun resuming entity {@code id} in the last sentence. */
    public DocumentBuilder pronoun(String id, String mention, EntityType type) {
        return mention(id, mention, type, EntityMention.Kind.PRONOUN);
    }

    private DocumentBuilder mention(String id, String mention, EntityType type, EntityMention.Kind kind) {
        Sentence s = lastSentence();
        CharSpan span = find(mention);
        int head = s.tokenAt(span.end() - 1);
        EntityMention m = new EntityMention(
                span, mention, type, kind, s.index(), s.tokens().get(head).span());
        mentions.add(m);
        entities.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        types.putIfAbsent(id, type);
        return this;
    }

    /** A time expression of the last sentence with its normalised value. */
    public DocumentBuilder time(String expression, String value, Precision precision) {
        times.add(new TimeMention(
                find(expression),
                expression,
                Timex.of(Timex.Type.DATE, value),
                Optional.of(TimeValue.of(value, precision)),
                Optional.empty()));
        return this;
    }

    /** An expression of the last sentence relative to another event ("a month after"), shifting by {@code offset}. */
    public DocumentBuilder eventOffset(String expression, Period offset) {
        times.add(new TimeMention(
                find(expression),
                expression,
                new Timex(Timex.Type.DATE, Optional.empty(), Optional.empty()),
                Optional.empty(),
                Optional.of(offset)));
        return this;
    }

    /** A date relative to another event ("two days later") with the value its text gives, counted from the last date named. */
    public DocumentBuilder eventOffset(String expression, Period offset, String value, Precision precision) {
        times.add(new TimeMention(
                find(expression),
                expression,
                Timex.of(Timex.Type.DATE, value),
                Optional.of(TimeValue.of(value, precision)),
                Optional.of(offset)));
        return this;
    }

    public Document build() {
        List<Entity> all = new ArrayList<>();
        entities.forEach((id, ms) -> all.add(new Entity(id, ms.get(0).text(), types.get(id), List.of(), ms)));
        Comparator<CharSpan> order =
                Comparator.comparingInt(CharSpan::begin).thenComparing(CharSpan::end, Comparator.reverseOrder());
        List<EntityMention> sortedMentions = mentions.stream()
                .sorted(Comparator.comparing(EntityMention::span, order))
                .toList();
        List<TimeMention> sortedTimes = times.stream()
                .sorted(Comparator.comparing(TimeMention::span, order))
                .toList();
        return Document.of("test", "test", headline, published, dateline, text.toString())
                .withSentences(sentences)
                .withMentions(sortedMentions)
                .withEntities(all)
                .withTimes(sortedTimes);
    }

    private Sentence lastSentence() {
        if (sentences.isEmpty()) {
            throw new IllegalStateException("add a sentence first");
        }
        return sentences.get(sentences.size() - 1);
    }

    private CharSpan find(String part) {
        Sentence s = lastSentence();
        int at = text.indexOf(part, s.span().begin());
        if (at < 0 || at + part.length() > s.span().end()) {
            throw new IllegalArgumentException("'%s' is not in sentence %d".formatted(part, s.index()));
        }
        return new CharSpan(at, at + part.length());
    }
}
