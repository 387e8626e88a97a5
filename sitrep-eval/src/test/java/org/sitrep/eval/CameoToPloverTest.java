package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoToPloverTest {
    private static final List<String> TABLE = List.of(
            "# fixture in the table's layout",
            "",
            "08: CONCEDE",
            "081: CONCEDE, , # row a",
            "08: RETREAT",
            "0841: RETREAT, m, c # row b",
            "11: ACCUSE",
            "112: ACCUSE, m, # row c",
            "175: ASSAULT, m, c # row d",
            "175: ASSAULT, m, c # row d again",
            "~~~~~");

    private final CameoToPlover table = CameoToPlover.parse(TABLE, "t.txt");

    @Test
    void mapsListedCodesAndFallsBackToTheLongestListedPrefix() {
        assertEquals(Optional.of("ACCUSE"), table.plover("112"));
        assertEquals(Optional.of("ACCUSE"), table.plover("1124"));
        assertEquals(Optional.of("ACCUSE"), table.plover("110"));
        assertEquals(Optional.of("ASSAULT"), table.plover("175"));
        assertEquals(Optional.empty(), table.plover("013"));
    }

    @Test
    void aCodeListedWithTwoTypesHasNoneButItsSubCodesKeepTheirs() {
        assertEquals(Optional.empty(), table.plover("080"));
        assertEquals(Optional.of("CONCEDE"), table.plover("081"));
        assertEquals(Optional.of("RETREAT"), table.plover("0841"));
    }

    @Test
    void rejectsATableWithoutRows() {
        assertThrows(IllegalArgumentException.class, () -> CameoToPlover.parse(List.of("# nothing"), "t.txt"));
    }
}
