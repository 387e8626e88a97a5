package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a file for reading; a seam so tests can fake I/O failures without a mocking library. */
@FunctionalInterface
interface ByteSource {
    ByteSource FILES = Files::newInputStream;

    InputStream open(Path path) throws IOException;
}
