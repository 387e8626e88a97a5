package org.sitrep.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.data.WordLists;
import org.sitrep.model.Document;
import org.sitrep.model.ProblemCode;

/** Texts written for this test: foreign news named by language, English never, too little text not at all. */
class LanguageCheckTest {
    private static final LanguageCheck CHECK = LanguageCheck.load(WordLists.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Arabic | قالت وزارة الداخلية يوم الثلاثاء إن مسلحين هاجموا نقطة تفتيش للشرطة في شمال البلاد وقتلوا ثلاثة من عناصرها قبل أن يفروا.
            French | Des hommes armés ont attaqué mardi un poste de police dans le nord du pays, tuant trois agents, selon le ministère de l'Intérieur.
            German | Bewaffnete haben am Dienstag eine Polizeistation im Norden des Landes angegriffen und drei Beamte getötet, teilte das Innenministerium mit.
            Spanish | Hombres armados atacaron el martes una comisaría en el norte del país y mataron a tres agentes, informó el Ministerio del Interior.
            Russian | Во вторник вооружённые люди напали на полицейский участок на севере страны и убили трёх сотрудников, сообщило министерство.
            Turkish | Silahlı kişiler salı günü ülkenin kuzeyindeki bir karakola saldırdı ve üç polisi öldürdü, İçişleri Bakanlığı açıkladı.
            Portuguese | Homens armados atacaram na terça-feira uma esquadra da polícia no norte do país e mataram três agentes, disse o ministério.
            Chinese | 内政部星期二表示，武装分子袭击了该国北部的一个警察检查站，打死三名警察后逃离现场。当局已经展开调查。
            Japanese | 内務省によると、武装した男たちが火曜日、国の北部にある警察の検問所を襲撃し、警察官三人を殺害して逃走した。
            Korean | 내무부는 화요일 무장 괴한들이 북부 지역의 경찰 검문소를 공격해 경찰관 세 명을 살해한 뒤 달아났다고 밝혔다.
            """)
    void namesTheLanguageOfForeignNews(String language, String text) {
        assertEquals(Optional.of(language), CHECK.foreignLanguage(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Gunmen attacked a police checkpoint in the north of the country on Tuesday, killing three officers before"
                        + " fleeing, the interior ministry said.",
                "Abu Bakr al-Baghdadi, Jabhat al-Nusra and Ahrar al-Sham fighters clashed near Deir ez-Zor, Raqqa and"
                        + " Idlib, said Rami Abdel Rahman of the Syrian Observatory.",
                "PRESIDENT VOWS TO RESTORE ORDER AFTER DEADLY RIOTS IN CAPITAL",
                "The mayor said the fête would go ahead; \"c'est la vie\", she told reporters in Montréal on Sunday.",
                "Maiduguri, Borno State - Boko Haram insurgents on Saturday raided Gwoza and Bama, residents said.",
                "Results of the Polish league on Sunday: Legia Warszawa 2 Polonia Bytom 1, Wisła Kraków 0 Lech Poznań 0,"
                        + " Górnik Zabrze 3 Śląsk Wrocław 1, Pogoń Szczecin 1 Zagłębie Lubin 1, Ruch Chorzów 2 Widzew Łódź 2"
            })
    void neverCallsEnglishForeign(String text) {
        assertEquals(Optional.empty(), CHECK.foreignLanguage(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Kidal", "12:30 | 2016-01-07 | 45 345 12", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void saysNothingOfTooLittleText(String text) {
        assertEquals(Optional.empty(), CHECK.foreignLanguage(text));
    }

    @Test
    void keepsEachUncapitalisedWordOnce() {
        assertEquals("of in ", LanguageCheck.commonWords("The Kraków of Lech in Łódź of Wisła in"));
        assertEquals("قالت وزارة ", LanguageCheck.commonWords("قالت  وزارة"));
    }

    @Test
    void englishProseIsFullOfEnglishFunctionWordsAndForeignProseIsNot() {
        String english = LanguageCheck.commonWords("Gunmen attacked a police checkpoint in the north of the country on"
                + " Tuesday, killing three officers before fleeing, the interior ministry said.");
        String french =
                LanguageCheck.commonWords("Des hommes armés ont attaqué mardi un poste de police dans le nord du"
                        + " pays, tuant trois agents, selon le ministère de l'Intérieur.");
        assertEquals(true, CHECK.englishShare(english) >= LanguageCheck.ENGLISH_SHARE, english);
        assertEquals(0.0, CHECK.englishShare(french), french);
    }

    @Test
    void looksAtABoundedPrefix() {
        String french = "Des hommes armés ont attaqué mardi un poste de police dans le nord du pays. ";
        String english = "Gunmen attacked a police post in the north of the country on Tuesday. ";
        assertEquals(Optional.of("French"), CHECK.foreignLanguage(french.repeat(20) + english.repeat(1000)));
    }

    @Test
    void theStageWarnsNamingTheLanguageAndKeepsTheDocument() {
        Document arabic =
                Document.of("a", "قالت وزارة الداخلية إن مسلحين هاجموا نقطة تفتيش للشرطة في شمال البلاد وقتلوا ثلاثة.");
        Document warned = new LanguageCheckStage(CHECK).apply(arabic);
        assertEquals(1, warned.problems().size());
        assertEquals(ProblemCode.LANGUAGE_UNSUPPORTED, warned.problems().get(0).code());
        assertEquals(true, warned.problems().get(0).message().contains("Arabic"));
        assertEquals(arabic.text(), warned.text());
        Document english =
                Document.of("e", "Gunmen attacked a police checkpoint in the north on Tuesday, officials said.");
        assertEquals(english, new LanguageCheckStage(CHECK).apply(english));
    }
}
