package org.sitrep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;

class TerminalTextTest {
    @Test
    void escapeSequencesC1ControlsAndBidiOverridesAreDropped() {
        assertEquals("[2Jcleared", TerminalText.safe("\u001B[2Jcleared"));
        assertEquals("]8;;http://x.test\\link", TerminalText.safe("\u001B]8;;http://x.test\u001B\\link"));
        assertEquals("2Jcsi osc", TerminalText.safe("\u009B2Jcsi \u009Dosc"));
        assertEquals("txt.exe", TerminalText.safe("txt\u202E.exe"));
        assertEquals("a b c", TerminalText.safe("a\nb\tc"));
    }

    @Test
    void lettersOfEveryScriptAndWholeSurrogatePairsStay() {
        assertEquals("Ersal عرسال 🚀 café", TerminalText.safe("Ersal عرسال 🚀 café"));
        assertEquals("lone \uFFFD and \uFFFD", TerminalText.safe("lone \uD83D and \uDE80"));
    }

    @Test
    void theTableNeverPrintsAnEscapeFromTheInput() {
        Document d = Document.of(
                "evil\u001B[31m",
                "https://x.test/\u001B]8;;https://evil.test\u001B\\",
                "Headline \u009B2J\u202E",
                Optional.of(LocalDate.of(2024, 1, 2)),
                Optional.empty(),
                "Body text \u001B[2J here.");
        String table =
                new TableFormat().format(d.withProblem(new Problem("NO_DATE", "file\u001B[2J.txt", "warn\u009D")));
        String rejected = new TableFormat().format(new Problem("INGEST_EMPTY", "bad\u001Bname", "file is empty"));

        for (String out : new String[] {table, rejected}) {
            assertFalse(out.chars().anyMatch(c -> c == 0x1B || (c >= 0x80 && c <= 0x9F) || c == 0x202E), out);
        }
    }
}
