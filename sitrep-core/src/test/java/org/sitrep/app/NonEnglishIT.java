package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.testing.SharedSitrep;

/** Text that is not English still goes through the whole pipeline, with a warning naming its language. */
class NonEnglishIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

    @Test
    void arabicNewsIsReadWithAWarningNamingArabic() {
        Document d = SharedSitrep.extract(
                "قالت وزارة الداخلية يوم الثلاثاء إن مسلحين هاجموا نقطة تفتيش للشرطة في شمال البلاد وقتلوا ثلاثة من"
                        + " عناصرها قبل أن يفروا إلى منطقة جبلية قريبة، وإن قوات الأمن بدأت عملية بحث واسعة.",
                PUBLISHED);
        List<Problem> language = languageWarnings(d);
        assertEquals(1, language.size(), "one warning: " + d.problems());
        assertTrue(language.get(0).message().contains("Arabic"), language.get(0).message());
    }

    @Test
    void frenchNewsIsReadWithAWarningNamingFrench() {
        Document d = SharedSitrep.extract(
                "Des hommes armés ont attaqué mardi un poste de police dans le nord du pays, tuant trois agents, selon"
                        + " le ministère de l'Intérieur. Les assaillants ont pris la fuite vers la frontière.",
                PUBLISHED);
        assertTrue(
                languageWarnings(d).get(0).message().contains("French"),
                d.problems().toString());
    }

    @Test
    void englishNewsGetsNoWarning() {
        Document d = SharedSitrep.extract(
                "Gunmen attacked a police checkpoint in the north of the country on Tuesday, killing three officers"
                        + " before fleeing towards the border, the interior ministry said.",
                PUBLISHED);
        assertEquals(List.of(), languageWarnings(d));
        assertTrue(d.events().size() >= 1, "the English pipeline ran: " + d.events());
    }

    private static List<Problem> languageWarnings(Document d) {
        return d.problems().stream()
                .filter(p -> p.code().equals(ProblemCode.LANGUAGE_UNSUPPORTED))
                .toList();
    }
}
