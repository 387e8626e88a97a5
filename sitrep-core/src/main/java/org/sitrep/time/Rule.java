package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.TimeMention;

/**
 * One family of time expressions. A rule adds every candidate it finds to {@code out}; candidates of
 * different rules may overlap, and {@link TimeExpressions} keeps the longest. Implementations are
 * stateless and thread-safe.
 */
interface Rule {
    void find(String text, Optional<LocalDate> published, List<TimeMention> out);
}
