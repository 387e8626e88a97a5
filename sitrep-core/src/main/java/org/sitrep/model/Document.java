package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article and everything read from it. Immutable: each pipeline stage returns a new Document.
 * Every span indexes {@link #text()}, the body; the headline is metadata.
 *
 * @param dateline the place named in a dateline ("BEIRUT (Reuters) -"), a last resort for event places
 * @param problems warnings about this document (no date, stripped content...), never fatal
 */
public record Document(
        String id,
        String source,
        String headline,
        Optional<LocalDate> published,
        Optional<String> dateline,
        String text,
        List<Sentence> sentences,
        List<EntityMention> mentions,
        List<Entity> entities,
        List<TimeMention> times,
        List<Event> events,
        List<Problem> problems) {
    public Document {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        requireNonNull(headline, "headline is null");
        requireNonNull(published, "published is null");
        requireNonNull(dateline, "dateline is null");
        requireNonNull(text, "text is null");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        for (EntityMention m : mentions) {
            checkSpan(text, m.span(), m.text(), "mention");
        }
        for (TimeMention t : times) {
            checkSpan(text, t.span(), t.text(), "time");
        }
        for (Event e : events) {
            for (EventMention m : e.mentions()) {
                checkSpan(text, m.trigger(), m.text(), "trigger of " + e.id());
            }
            for (Argument a : e.arguments()) {
                checkSpan(text, a.span(), a.text(), "argument of " + e.id());
            }
            e.place().ifPresent(p -> checkSpan(text, p.span(), p.name(), "place of " + e.id()));
            if (e.evidence().end() > text.length()) {
                throw new IllegalArgumentException(
                        "evidence of %s at %s lies beyond the text".formatted(e.id(), e.evidence()));
            }
        }
    }

    private static void checkSpan(String text, CharSpan span, String covered, String what) {
        if (span.end() > text.length()
                || !text.substring(span.begin(), span.end()).equals(covered)) {
            throw new IllegalArgumentException(
                    "%s %s at %s does not match the text".formatted(what, quote(covered), span));
        }
    }

    private static String quote(String s) {
        return '"' + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + '"';
    }

    public static Document of(
            String id,
            String source,
            String headline,
            Optional<LocalDate> published,
            Optional<String> dateline,
            String text) {
        return new Document(
                id, source, headline, published, dateline, text, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** A bare document, handy in tests: no headline, date or dateline. */
    public static Document of(String id, String text) {
        return of(id, id, "", Optional.empty(), Optional.empty(), text);
    }

    public String textOf(CharSpan span) {
        return text.substring(span.begin(), span.end());
    }

    public Document withSentences(List<Sentence> value) {
        return new Document(
                id, source, headline, published, dateline, text, value, mentions, entities, times, events, problems);
    }

    public Document withMentions(List<EntityMention> value) {
        return new Document(
                id, source, headline, published, dateline, text, sentences, value, entities, times, events, problems);
    }

    public Document withEntities(List<Entity> value) {
        return new Document(
                id, source, headline, published, dateline, text, sentences, mentions, value, times, events, problems);
    }

    public Document withTimes(List<TimeMention> value) {
        return new Document(
                id, source, headline, published, dateline, text, sentences, mentions, entities, value, events,
                problems);
    }

    public Document withEvents(List<Event> value) {
        return new Document(
                id, source, headline, published, dateline, text, sentences, mentions, entities, times, value, problems);
    }

    /** The same read under another identity: another id, source and headline (copies of a corpus, fixtures). */
    public Document withIdentity(String newId, String newSource, String newHeadline) {
        return new Document(
                newId,
                newSource,
                newHeadline,
                published,
                dateline,
                text,
                sentences,
                mentions,
                entities,
                times,
                events,
                problems);
    }

    public Document withProblem(Problem problem) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(problem);
        return new Document(
                id, source, headline, published, dateline, text, sentences, mentions, entities, times, events, all);
    }

    /** The sentence that contains {@code offset}, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
