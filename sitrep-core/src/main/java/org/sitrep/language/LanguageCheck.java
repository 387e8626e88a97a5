package org.sitrep.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;

/**
 * Tells whether a text is in a language other than English, and which: the n-gram detector of the
 * {@code language-detector} library on the distinct common words (those not capitalised) of a bounded prefix of the text,
 * over the profiles listed in {@code languages.tsv}; Chinese, Japanese and Korean by their script. Names are left
 * out because an English text may be full of foreign ones (a table of Polish football results, a list of Arabic
 * militias): a language shows in its common words. A text whose common words are often English function words
 * is English at once ({@link #ENGLISH_SHARE}), the detector is asked only about the others. Cheap per document (the prefix is at most
 * {@link #PREFIX} characters, whatever the text's length) and cautious: too few letters, or a detector less
 * than {@link #MIN_PROBABILITY} sure, says nothing, so that English is never called foreign. Load once
 * ({@link #load}); thread-safe.
 */
public final class LanguageCheck {
    /** Characters of the text looked at: enough for a sure call, bounded so that the cost is per document. */
    static final int PREFIX = 1_500;
    /** Fewer letters than this in the prefix's common words (names, numbers, a caption) is too little to tell. */
    static final int MIN_LETTERS = 40;
    /** Fewer different letters than this (one letter repeated, a code) is no language's text. */
    static final int MIN_DISTINCT_LETTERS = 10;
    /** How sure the detector must be of a language other than English. */
    static final double MIN_PROBABILITY = 0.95;
    /**
     * A text whose distinct common words are English function words ("the", "of", "said") at least this often is
     * English without asking the detector: English prose is at 15-30%, other languages near 0. The cheap path for
     * almost every article, and a second signal against false alarms.
     */
    static final double ENGLISH_SHARE = 0.08;

    private static final long SEED = 1L; // the detector samples n-grams at random: the same answer every run

    private final LanguageDetector detector;
    private final Map<String, String> names;
    private final Set<String> functionWords;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageCheck(LanguageDetector detector, Map<String, String> names, Set<String> functionWords) {
        this.detector = detector;
        this.names = names;
        this.functionWords = functionWords;
    }

    /** Reads the profiles named in languages.tsv (about a second); English function words from {@code words}. */
    public static LanguageCheck load(WordLists words) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Tsv.Row row :
                Tsv.read(Tsv.Source.resource(LanguageCheck.class, "languages.tsv"), List.of("code", "name"))) {
            names.put(row.get(0), row.get(1));
        }
        if (!names.containsKey("en")) {
            throw new IllegalStateException("languages.tsv must list English (en)");
        }
        try {
            List<LdLocale> locales =
                    names.keySet().stream().map(LdLocale::fromString).toList();
            LanguageDetector detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
                    .seed(SEED)
                    .build();
            return new LanguageCheck(detector, Map.copyOf(names), words.get("english-function-words"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles", e);
        }
    }

    /** The name of the language {@code text} is in ("Arabic", "French"), when it surely is not English. */
    public Optional<String> foreignLanguage(String text) {
        String words = commonWords(prefix(text));
        ScriptCounts scripts = ScriptCounts.of(words);
        if (scripts.letters() < MIN_LETTERS || scripts.distinctLetters() < MIN_DISTINCT_LETTERS) {
            return Optional.empty();
        }
        Optional<String> byScript = scripts.eastAsianLanguage();
        if (byScript.isPresent()) {
            return byScript;
        }
        if (englishShare(words) >= ENGLISH_SHARE) {
            return Optional.empty();
        }
        List<DetectedLanguage> guesses = detector.getProbabilities(texts.forText(words));
        if (guesses.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage best = guesses.get(0);
        String code = best.getLocale().toString();
        if (code.equals("en") || best.getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(names.getOrDefault(code, code));
    }

    /** The share of the words (as {@link #commonWords} gives them) that are English function words. */
    double englishShare(String words) {
        int all = 0;
        int english = 0;
        for (String word : words.split(" ")) {
            if (!word.isEmpty()) {
                all++;
                english += functionWords.contains(letters(word)) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : english / (double) all;
    }

    /** The word lower-cased, without the punctuation around it ("said," → "said"). */
    private static String letters(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The words of {@code text} (split at white space) that do not start with a capital letter, each once, in order,
     * followed by a space. Scripts without capitals (Arabic, Devanagari, Han...) keep every word. Once, because a
     * table's repeated "v" or "division" would weigh as much as a paragraph of prose.
     */
    static String commonWords(String text) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i && !startsWithCapital(text, start, i) && seen.add(text.substring(start, i))) {
                out.append(text, start, i).append(' ');
            }
        }
        return out.toString();
    }

    private static boolean startsWithCapital(String text, int start, int end) {
        for (int j = start; j < end; ) {
            int c = text.codePointAt(j);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
            j += Character.charCount(c);
        }
        return false;
    }

    /** At most {@link #PREFIX} characters, not splitting a surrogate pair. */
    private static String prefix(String text) {
        if (text.length() <= PREFIX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(PREFIX - 1)) ? PREFIX - 1 : PREFIX;
        return text.substring(0, end);
    }
}
