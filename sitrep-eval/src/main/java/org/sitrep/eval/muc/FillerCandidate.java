package org.sitrep.eval.muc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A string the MUC mapping proposes for a role of one incident type in a document, with the features that
 * {@link FillerModel} judges it by.
 *
 * @param key    the entity it names ("#" and the entity id), or its normalised text: one filler per key and role
 * @param source where the mapping found it: "argument", "claim", "inside" (an organisation inside an agent),
 *     "trigger" (the device a trigger names), the rules' fillers; or "sentence", another mention of the incident's
 *     sentence, "article", a mention elsewhere in the article, or "lexicon", a string of the article that often
 *     filled the role in training ({@link FillerPrior}), which only the filler model may keep
 */
public record FillerCandidate(
        String incidentType, MucRole role, String key, String text, String source, List<String> features) {
    public static final String SENTENCE = "sentence";
    public static final String ARTICLE = "article";
    public static final String LEXICON = "lexicon";

    public FillerCandidate {
        requireNonNull(source, "source is null");
        requireNonNull(incidentType, "incidentType is null");
        requireNonNull(role, "role is null");
        requireNonNull(key, "key is null");
        requireNonNull(text, "text is null");
        features = List.copyOf(features);
    }

    /** Whether the rules propose it (not only its place in the incident's sentence). */
    public boolean fromRules() {
        return !source.equals(SENTENCE) && !source.equals(ARTICLE) && !source.equals(LEXICON);
    }

    /** The same candidate with more features. */
    public FillerCandidate withFeatures(List<String> more) {
        List<String> all = new java.util.ArrayList<>(features);
        all.addAll(more);
        return new FillerCandidate(incidentType, role, key, text, source, all);
    }
}
