package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;

class CaseSnippetTest {
    @Test
    void readsColumnsByHeaderName() {
        List<CaseSnippet> s = CaseSnippet.parse(new Tsv.Source(
                "x.tsv", "\uFEFFSubType\tid\tEventSnippet\tSource\nARREST\t3\tPolice held two men. \tnews\n\n"));
        assertEquals(List.of(new CaseSnippet("3", "Police held two men.", "ARREST")), s);
    }

    @Test
    void rejectsAFileWithoutTheExpectedHeader() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> CaseSnippet.parse(new Tsv.Source("x.tsv", "1\tPolice held two men.\tARREST\n")));
        assertEquals(
                "x.tsv:1: the header lacks column(s) [id, EventSnippet, SubType]; found [1, Police held two men., ARREST]",
                e.getMessage());
    }
}
