package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention.Kind;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;

/**
 * Antecedents of third-person pronouns, looked for in the same and the previous sentence: the most
 * recent outermost mention that agrees in number and animacy. A sentence-initial "They" resumes the
 * subjects of the previous sentence ("Nusra and IS overran Arsal. They also abducted...").
 */
final class PronounResolver {
    /** "it was reported", "it appears": expletive, refers to nothing. */
    private static final Pattern EXPLETIVE_FOLLOWER =
            Pattern.compile("^\\s+(is|was|has been|had been|seems|seemed|appears|appeared|remains|is not|was not)\\b");

    /** Person ("he"), thing ("it") and plural ("they") pronouns. */
    private final Set<String> person;

    private final Set<String> thing;
    private final Set<String> plural;

    PronounResolver(EntityWords words) {
        this.person = words.personPronouns();
        this.thing = words.thingPronouns();
        this.plural = words.pluralPronouns();
    }

    boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return person.contains(w) || thing.contains(w) || plural.contains(w);
    }

    /**
     * For each candidate, the end of the nearest-ending candidate that strictly contains it ("Syria" in
     * "Syria's al-Qaeda affiliate"), or {@code Integer.MAX_VALUE}: computed once per article so that a
     * pronoun's search costs its window, not the article.
     */
    static int[] containerEnds(List<Candidate> candidates) {
        int[] ends = new int[candidates.size()];
        java.util.Arrays.fill(ends, Integer.MAX_VALUE);
        for (int k = 0; k < candidates.size(); k++) {
            CharSpan outer = candidates.get(k).span();
            for (int j = k + 1;
                    j < candidates.size() && candidates.get(j).span().begin() < outer.end();
                    j++) {
                CharSpan inner = candidates.get(j).span();
                if (outer.contains(inner) && !outer.equals(inner)) {
                    ends[j] = Math.min(ends[j], outer.end());
                }
            }
        }
        return ends;
    }

    List<Integer> antecedents(Document document, List<Candidate> candidates, int[] containerEnds, int index) {
        Candidate pronoun = candidates.get(index);
        String word = pronoun.mention().text().toLowerCase(Locale.ROOT);
        int sentence = pronoun.mention().sentenceIndex();
        if (thing.contains(word)
                && word.equals("it")
                && EXPLETIVE_FOLLOWER
                        .matcher(document.text().substring(pronoun.span().end()))
                        .find()) {
            return List.of();
        }
        if (plural.contains(word) && isSentenceInitial(document, pronoun)) {
            List<Integer> subjects = previousSubjects(document, candidates, index, sentence);
            if (!subjects.isEmpty()) {
                return subjects;
            }
        }
        for (int j = index - 1; j >= 0; j--) {
            Candidate c = candidates.get(j);
            if (c.mention().sentenceIndex() < sentence - 1) {
                break;
            }
            if (c.kind() == Kind.PRONOUN || containerEnds[j] <= pronoun.span().begin()) {
                continue;
            }
            if (agrees(word, c)) {
                return List.of(j);
            }
        }
        return List.of();
    }

    private boolean agrees(String word, Candidate c) {
        if (person.contains(word)) {
            return c.type() == EntityType.PERSON && !c.plural();
        }
        if (thing.contains(word)) {
            return c.type() == EntityType.ORGANIZATION && !c.plural();
        }
        boolean collective = c.type() == EntityType.ORGANIZATION
                && (c.isName()
                        || c.isInstitution()
                        || c.head().equals("family")
                        || c.head().equals("group"));
        return c.plural() || collective;
    }

    private static boolean isSentenceInitial(Document document, Candidate pronoun) {
        return document.sentenceAt(pronoun.span().begin())
                .map(s -> s.span().begin() == pronoun.span().begin())
                .orElse(false);
    }

    /** Candidates heading the subjects of the previous sentence's main verb(s). */
    private static List<Integer> previousSubjects(
            Document document, List<Candidate> candidates, int index, int sentence) {
        if (sentence == 0) {
            return List.of();
        }
        int first = index; // candidates are in text order: the previous sentence's lie just before the pronoun
        while (first > 0 && candidates.get(first - 1).mention().sentenceIndex() >= sentence - 1) {
            first--;
        }
        Sentence previous = document.sentences().get(sentence - 1);
        Optional<Integer> root = previous.dependencies().stream()
                .filter(d -> d.governor() == -1)
                .map(Dependency::dependent)
                .findFirst();
        List<Integer> result = new ArrayList<>();
        if (root.isEmpty()) {
            return result;
        }
        for (Dependency d : previous.dependentsOf(root.get())) {
            if (!d.relation().startsWith("nsubj")) {
                continue;
            }
            List<Integer> subjectTokens = new ArrayList<>(List.of(d.dependent()));
            for (Dependency inner : previous.dependentsOf(d.dependent())) {
                if (inner.relation().equals("compound")
                        || inner.relation().equals("cop")
                        || inner.relation().equals("appos")) {
                    subjectTokens.add(
                            inner.dependent()); // "Nusra and IS - now rivals - overran": IS hangs off "rivals"
                }
            }
            for (int t : subjectTokens) {
                var token = previous.tokens().get(t).span();
                for (int j = first; j < index; j++) {
                    Candidate c = candidates.get(j);
                    if (c.kind() != Kind.PRONOUN && c.mention().head().contains(token) && !result.contains(j)) {
                        result.add(j);
                    }
                }
            }
        }
        return result;
    }
}
