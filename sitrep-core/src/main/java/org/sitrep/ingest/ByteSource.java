package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes; a seam so tests can fake I/O failures without a mocking library. */
@FunctionalInterface
interface ByteSource {
    ByteSource FILES = Files::readAllBytes;

    byte[] read(Path path) throws IOException;
}
