package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MucReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTemplatesDroppingEmptyEntitiesAndRepeatedTemplates() throws IOException {
        String template = "{\"incident_type\": \"bombing\", \"PerpInd\": [[[\"two men\", 4]], []], \"PerpOrg\": [],"
                + " \"Target\": [[[\"the bank\", 30], [\"bank\", 34]]], \"Victim\": [], \"Weapon\": [[[\"a bomb\", 20]]]}";
        Path file = dir.resolve("dev.json");
        Files.writeString(
                file,
                "{\"docid\": \"TST9-MUC3-0001\", \"doctext\": \"two men left a bomb at the bank.\", \"templates\": ["
                        + template + ", " + template + "]}\n"
                        + "{\"docid\": \"TST9-MUC3-0002\", \"doctext\": \"nothing happened.\", \"templates\": []}\n");
        List<MucDoc> docs = new MucReader().read(file);
        assertEquals(2, docs.size());
        MucDoc first = docs.get(0);
        assertEquals("TST9-MUC3-0001", first.id());
        assertEquals(1, first.templates().size());
        MucTemplate t = first.templates().get(0);
        assertEquals("bombing", t.incidentType());
        assertEquals(List.of(List.of("two men")), t.of(MucRole.PERP_IND));
        assertEquals(List.of(List.of("the bank", "bank")), t.of(MucRole.TARGET));
        assertEquals(List.of(), t.of(MucRole.VICTIM));
        assertEquals(List.of(), docs.get(1).templates());
    }

    @Test
    void namesTheLineOfAMalformedDocument() throws IOException {
        Path file = dir.resolve("train.json");
        Files.writeString(file, "{\"docid\": \"a\", \"doctext\": \"x\", \"templates\": []}\n{\"docid\": \"b\"}\n");
        IOException e = assertThrows(IOException.class, () -> new MucReader().read(file));
        assertEquals(true, e.getMessage().contains("train.json:2"), e.getMessage());
    }
}
