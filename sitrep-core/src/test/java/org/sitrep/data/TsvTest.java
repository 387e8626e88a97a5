package org.sitrep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    private static final List<String> HEADER = List.of("id", "aliases");

    @Test
    void readsRowsWithTheirLineNumbersSkippingComments() {
        List<Tsv.Row> rows =
                Tsv.read(new Tsv.Source("t.tsv", "# a comment\nid\taliases\n\nis\tIS|ISIS | Daesh\nun\t-\n"), HEADER);
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(0).line());
        assertEquals(List.of("IS", "ISIS", "Daesh"), rows.get(0).list(1));
        assertEquals(List.of(), rows.get(1).list(1));
    }

    @Test
    void errorsNameTheFileAndLine() {
        IllegalArgumentException header = assertThrows(
                IllegalArgumentException.class, () -> Tsv.read(new Tsv.Source("t.tsv", "name\taliases\n"), HEADER));
        assertEquals("t.tsv:1: expected the header id<TAB>aliases, got name\taliases", header.getMessage());
        IllegalArgumentException fields = assertThrows(
                IllegalArgumentException.class, () -> Tsv.read(new Tsv.Source("t.tsv", "id\taliases\nis\n"), HEADER));
        assertEquals("t.tsv:2: expected 2 tab-separated fields [id, aliases], got 1", fields.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tsv.read(new Tsv.Source("t.tsv", "# only\n"), HEADER));
    }

    @Test
    void rejectsAHeaderWithAColumnMissingAddedOrMoved() {
        for (String header : List.of("id", "id\taliases\tnote", "aliases\tid", "id\tAliases")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> Tsv.read(new Tsv.Source("t.tsv", "# comment\n" + header + "\nis\tIS\n"), HEADER));
            assertEquals("t.tsv:2: expected the header id<TAB>aliases, got " + header, e.getMessage());
        }
    }

    @Test
    void streamsLargeFilesWithTheSameChecksAndNamesTheLineOfABadValue() {
        List<String> ids = new ArrayList<>();
        Tsv.read(stream("id\taliases\n# c\nis\t-\nun\tUN\n"), "t.tsv", HEADER, row -> ids.add(row.get(0) + row.line()));
        assertEquals(List.of("is3", "un4"), ids);
        IllegalArgumentException header = assertThrows(
                IllegalArgumentException.class, () -> Tsv.read(stream("aliases\tid\n"), "t.tsv", HEADER, row -> {}));
        assertEquals("t.tsv:1: expected the header id<TAB>aliases, got aliases\tid", header.getMessage());
        IllegalArgumentException value = assertThrows(
                IllegalArgumentException.class,
                () -> Tsv.read(
                        stream("id\taliases\n12\t-\nx\t-\n"), "t.tsv", HEADER, row -> Long.parseLong(row.get(0))));
        assertEquals("t.tsv:3: For input string: \"x\"", value.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tsv.read(stream(""), "t.tsv", HEADER, row -> {}));
    }

    @Test
    void readsOthersFilesByColumnNameInAnyOrderAmongOtherColumns() {
        List<Tsv.Row> rows = Tsv.readColumns(
                new Tsv.Source("d.tsv", "\uFEFFlabel\tid\ttext\n3\tA\t Police held two men. \n"),
                List.of("id", "text"));
        assertEquals("A", rows.get(0).get("id"));
        assertEquals("Police held two men.", rows.get(0).get("text"));
        assertEquals("3", rows.get(0).get("label"));
        IllegalArgumentException column =
                assertThrows(IllegalArgumentException.class, () -> rows.get(0).get("date"));
        assertEquals("d.tsv:2: no column 'date'; the header has [label, id, text]", column.getMessage());
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> Tsv.readColumns(new Tsv.Source("d.tsv", "label\tid\n"), List.of("id", "text")));
        assertEquals("d.tsv:1: the header lacks column(s) [text]; found [label, id]", missing.getMessage());
    }

    @Test
    void findsResourcesBesideAClassOrByAbsolutePath() {
        assertEquals(
                "org/sitrep/countries/countries.tsv",
                Tsv.Source.resource(org.sitrep.countries.Countries.class, "countries.tsv")
                        .name());
        assertEquals(
                "org/sitrep/data/words.tsv",
                Tsv.Source.resource(TsvTest.class, "/org/sitrep/data/words.tsv").name());
        assertThrows(IllegalStateException.class, () -> Tsv.Source.resource(TsvTest.class, "missing.tsv"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
