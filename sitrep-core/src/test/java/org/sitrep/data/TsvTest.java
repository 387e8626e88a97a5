package org.sitrep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    private static final List<String> HEADER = List.of("id", "aliases");

    @Test
    void readsRowsWithTheirLineNumbersSkippingComments() {
        List<Tsv.Row> rows = Tsv.read(new Tsv.Source("t.tsv", "# a comment\nid\taliases\n\nis\tIS|ISIS | Daesh\nun\t-\n"), HEADER);
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(0).line());
        assertEquals(List.of("IS", "ISIS", "Daesh"), rows.get(0).list(1));
        assertEquals(List.of(), rows.get(1).list(1));
    }

    @Test
    void errorsNameTheFileAndLine() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> Tsv.read(new Tsv.Source("t.tsv", "name\taliases\n"), HEADER));
        assertEquals("t.tsv:1: expected the header id<TAB>aliases, got name\taliases", header.getMessage());
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class,
                () -> Tsv.read(new Tsv.Source("t.tsv", "id\taliases\nis\n"), HEADER));
        assertEquals("t.tsv:2: expected 2 tab-separated fields [id, aliases], got 1", fields.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tsv.read(new Tsv.Source("t.tsv", "# only\n"), HEADER));
    }

    @Test
    void findsResourcesBesideAClassOrByAbsolutePath() {
        assertEquals("org/sitrep/actors/countries.tsv", Tsv.Source.resource(org.sitrep.actors.Countries.class, "countries.tsv").name());
        assertEquals("org/sitrep/extract/support-verbs.tsv", Tsv.Source.resource(TsvTest.class, "/org/sitrep/extract/support-verbs.tsv").name());
        assertThrows(IllegalStateException.class, () -> Tsv.Source.resource(TsvTest.class, "missing.tsv"));
    }
}
