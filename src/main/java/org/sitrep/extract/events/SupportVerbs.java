package org.sitrep.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Verbs that lend their subject to the event noun they carry (support-verbs.txt). */
final class SupportVerbs {
    private final Set<String> lemmas;

    private SupportVerbs(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    static SupportVerbs load() {
        String resource = "/org/sitrep/extract/support-verbs.txt";
        try (InputStream in = SupportVerbs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> lemmas = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lemmas.add(line.trim());
                }
            }
            return new SupportVerbs(lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String lemma) {
        return lemmas.contains(lemma);
    }
}
