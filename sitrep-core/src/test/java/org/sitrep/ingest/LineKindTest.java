package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineKindTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2 min read|READ_TIME",
                "12 minute read|READ_TIME",
                "Reading time: 4 minutes|READ_TIME",
                "07 January, 2016|DATE",
                "Published: 7 Jan 2016 10:32 GMT|DATE",
                "Updated 3 hours ago|TIMESTAMP",
                "By Jane Smith|BYLINE",
                "BY JANE SMITH, EXAMPLE NEWS|BYLINE",
                "Troops on patrol near the border [Example Agency]|CAPTION",
                "Troops on patrol near the border (Photo: Example Agency)|CAPTION",
                "Photo: Troops on patrol|CAPTION",
                "Troops on patrol. Photograph: Ana Lee/Example Agency|CAPTION",
                "(Reporting by Jane Smith; Editing by Omar Haddad)|CREDITS",
                "By the end of the week, the army had withdrawn from the town.|TEXT",
                "Updated figures released on Monday showed that 40 people had died.|TEXT",
                "The group said the attack was revenge [for the raid].|TEXT",
                "A Lebanese soldier has defected, according to local press reports.|TEXT"
            })
    void classifiesLines(String line, LineKind kind) {
        assertEquals(kind, LineKind.of(line));
    }

    @Test
    void prefersThePublishedDateToTheUpdatedOne() {
        BodyText body = BodyText.fromLines(List.of("Updated 9 May 2012", "Published 8 May 2012", "", "Text."));
        assertEquals(
                Optional.of(LocalDate.of(2012, 5, 8)),
                PublicationDate.of(body.stamps(), Optional.empty(), Optional.empty()));
        assertEquals(List.of("Text."), body.paragraphs());
    }

    @Test
    void usesTheUpdatedDateWhenItIsTheOnlyOne() {
        BodyText body = BodyText.fromLines(List.of("Last updated: 9 May 2012", "Text."));
        assertEquals(
                Optional.of(LocalDate.of(2012, 5, 9)),
                PublicationDate.of(body.stamps(), Optional.empty(), Optional.empty()));
    }
}
