package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A shipped model's data card, beside its model file in core's resources, as `sitrep train` writes them. */
final class ModelCard {
    private ModelCard() {}

    static JsonNode read(String cardName) throws IOException {
        return new ObjectMapper().readTree(resource(cardName));
    }

    /** The file the card names is the one it describes: the same SHA-256, not a file retrained or edited by hand. */
    static void assertDescribesItsFile(JsonNode card) throws IOException, NoSuchAlgorithmException {
        byte[] file = resource(card.path("file").asText());
        assertEquals(
                card.path("sha256").asText(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ModelCard.class.getResourceAsStream("/org/sitrep/extract/events/" + name)) {
            if (in == null) {
                throw new IOException("no resource " + name + " beside the models");
            }
            return in.readAllBytes();
        }
    }
}
