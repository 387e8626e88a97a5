package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseSnippetTest {
    @Test
    void readsColumnsByHeaderName() {
        List<CaseSnippet> s = CaseSnippet.parse(List.of("SubType\tid\tEventSnippet", "ARREST\t3\tPolice held two men.", ""), "x.tsv");
        assertEquals(List.of(new CaseSnippet("3", "Police held two men.", "ARREST")), s);
    }

    @Test
    void rejectsAFileWithoutTheExpectedHeader() {
        assertThrows(IllegalArgumentException.class, () -> CaseSnippet.parse(List.of("1\tPolice held two men.\tARREST"), "x.tsv"));
    }
}
