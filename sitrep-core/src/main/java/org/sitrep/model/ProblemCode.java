package org.sitrep.model;

/**
 * Stable problem codes, in one place. Codes starting with {@code INGEST_} reject a document (except
 * {@link #INGEST_ENCODING}, a warning); {@link #NO_DATE} and {@link #LANGUAGE_UNSUPPORTED} are warnings on an accepted article;
 * {@link #STAGE_FAILED} marks a document on which a pipeline stage threw, {@link #STAGE_TIMEOUT} one that
 * used up its time budget.
 */
public final class ProblemCode {
    /** The path does not exist. */
    public static final String INGEST_NOT_FOUND = "INGEST_NOT_FOUND";
    /** The file could not be read (permissions, I/O error). */
    public static final String INGEST_IO = "INGEST_IO";
    /** The file is empty or holds only whitespace; or a directory holds no files. */
    public static final String INGEST_EMPTY = "INGEST_EMPTY";
    /** The file looks binary: NUL bytes or many control characters. */
    public static final String INGEST_BINARY = "INGEST_BINARY";
    /** The bytes are neither UTF-8 nor windows-1252. */
    public static final String INGEST_UNDECODABLE = "INGEST_UNDECODABLE";
    /** The file has more bytes than {@code --max-bytes}. */
    public static final String INGEST_TOO_LARGE = "INGEST_TOO_LARGE";
    /** The article body has more characters than {@code --max-chars}. */
    public static final String INGEST_TOO_LONG = "INGEST_TOO_LONG";
    /** No article text could be extracted (HTML without content, JSON record without a text field). */
    public static final String INGEST_NO_TEXT = "INGEST_NO_TEXT";
    /** A JSON document, a JSON Lines line or a JSON record is malformed. */
    public static final String INGEST_MALFORMED_JSON = "INGEST_MALFORMED_JSON";
    /** A bug in a reader: the document was skipped instead of stopping the batch. */
    public static final String INGEST_FAILED = "INGEST_FAILED";
    /** Records of a web archive (WARC) that hold no article were skipped; the message counts them by kind. */
    public static final String INGEST_SKIPPED = "INGEST_SKIPPED";
    /** Warning: the file was not UTF-8 and was decoded as windows-1252. */
    public static final String INGEST_ENCODING = "INGEST_ENCODING";
    /** Warning: no publication date was found, so relative times stay unresolved. */
    public static final String NO_DATE = "NO_DATE";
    /** Warning: the text is not in English (the message names its language); it is read as English all the same. */
    public static final String LANGUAGE_UNSUPPORTED = "LANGUAGE_UNSUPPORTED";

    private ProblemCode() {}

    /** A pipeline stage threw on the document; the others go on. */
    public static final String STAGE_FAILED = "STAGE_FAILED";

    /** The document took longer than its time budget ({@code --timeout}) and was stopped; the others go on. */
    public static final String STAGE_TIMEOUT = "STAGE_TIMEOUT";
}
