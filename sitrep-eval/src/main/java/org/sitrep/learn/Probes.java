package org.sitrep.learn;

import java.util.List;

/**
 * Hand-written sentences whose tagging and model decisions the data card records, so that a test can check
 * that the shipped model file gives the decisions the card says, with no corpus at hand.
 */
final class Probes {
    static final List<String> SENTENCES = List.of(
            "Gunmen killed five villagers and wounded two others in an attack on a market on Tuesday.",
            "A car bomb exploded outside the police station, the interior ministry said.",
            "Police arrested three men suspected of planning the bombing and charged them with murder.",
            "Hundreds of students marched through the capital to demand the release of detained journalists.",
            "The company announced a new phone and its shares rose sharply.",
            "The court sentenced the former governor to ten years in prison for corruption.",
            "Rebels threatened to attack the convoy unless the army withdrew from the town.");

    private Probes() {}

    static List<LabelledDoc> docs() {
        return java.util.stream.IntStream.range(0, SENTENCES.size())
                .mapToObj(i -> new LabelledDoc("probe-" + (i + 1), SENTENCES.get(i), List.of()))
                .toList();
    }
}
