package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO → PLOVER event type table of {@code CAMEO2PLOVER-2021.txt} (OEDA): lines
 * {@code "0311: AGREE,  ,   economic # comment"}; comment, blank and other lines are ignored. A code
 * missing from the table takes the type of its longest listed prefix ("1124" → "112" → "11"). A code
 * listed twice with the same type is one row ("175"); listed with two types it is ambiguous and has
 * none (root "08" heads both the CONCEDE and the RETREAT codes); its listed sub-codes keep theirs.
 */
public final class CameoToPlover {
    private static final Pattern ROW = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)\\b.*");

    private static final String AMBIGUOUS = "";

    private final Map<String, String> types;

    private CameoToPlover(Map<String, String> types) {
        this.types = Map.copyOf(types);
    }

    public static CameoToPlover read(Path file) throws IOException {
        return parse(
                Files.readAllLines(file, StandardCharsets.UTF_8),
                file.getFileName().toString());
    }

    static CameoToPlover parse(List<String> lines, String name) {
        Map<String, String> types = new HashMap<>();
        for (String line : lines) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                types.merge(m.group(1), m.group(2), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(name + " has no rows 'CODE: PLOVER_TYPE, mode, context'");
        }
        return new CameoToPlover(types);
    }

    /** The PLOVER type of a CAMEO event code, from the code or its longest listed prefix. */
    public Optional<String> plover(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            String type = types.get(cameo.substring(0, n));
            if (type != null) {
                return type.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return types.size();
    }
}
