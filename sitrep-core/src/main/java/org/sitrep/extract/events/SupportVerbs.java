package org.sitrep.extract.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.data.Tsv;

/** Verbs that lend their subject to the event noun they carry (support-verbs.tsv). */
final class SupportVerbs {
    private final Set<String> lemmas;

    private SupportVerbs(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    static SupportVerbs load() {
        Set<String> lemmas = new HashSet<>();
        for (Tsv.Row row : Tsv.read(Tsv.Source.resource(SupportVerbs.class, "/org/sitrep/extract/support-verbs.tsv"), List.of("lemma"))) {
            lemmas.add(row.get(0));
        }
        return new SupportVerbs(lemmas);
    }

    boolean contains(String lemma) {
        return lemmas.contains(lemma);
    }
}
