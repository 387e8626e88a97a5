package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"title\": \"a\"}'|story.txt|JSON",
                "'[{\"title\": \"a\"}]'|story|JSON",
                "'{\"a\": 1}\n{\"a\": 2}'|story.json|JSON_LINES",
                "'{\"a\": 1}'|story.ndjson|JSON_LINES",
                "'<!DOCTYPE html><p>x</p>'|story.txt|HTML",
                "'Headline\n\n<p>Body</p>'|story|HTML",
                "'Headline\n\nBody'|story.html|HTML",
                "'[Updated] Headline\n\nBody'|story.txt|TEXT",
                "'Headline\n\nBody'|story.json.bak|TEXT"
            })
    void detectsTheFormatFromContentFirst(String text, String name, Format format) {
        assertEquals(format, Format.detect(text, name));
    }
}
