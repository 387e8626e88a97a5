package org.sitrep.eval.muc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A MUC-4 document as GTT processed it: id ("TST1-MUC3-0001"), lower-cased text and gold templates. */
public record MucDoc(String id, String text, List<MucTemplate> templates) {
    public MucDoc {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        templates = List.copyOf(templates);
    }
}
