package org.sitrep.ingest;

import org.sitrep.model.ProblemCode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Problem;

/**
 * Expands the paths given to the ingester into files, in order: a directory becomes its files,
 * recursively and sorted by path, without hidden entries (".git", ".DS_Store").
 */
final class PathWalker {
    /** A file to read, or a problem with a path. */
    record Entry(Path path, Optional<Problem> problem) {
    }

    private PathWalker() {
    }

    static List<Entry> expand(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                entries.add(problem(path, ProblemCode.INGEST_NOT_FOUND, "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                entries.addAll(walk(path));
            } else {
                entries.add(new Entry(path, Optional.empty()));
            }
        }
        return entries;
    }

    private static List<Entry> walk(Path directory) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(directory) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        entries.add(new Entry(file, Optional.empty()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(problem(file, ProblemCode.INGEST_IO, "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add(problem(directory, ProblemCode.INGEST_IO, "cannot list directory: " + reason(e)));
        }
        if (entries.isEmpty()) {
            entries.add(problem(directory, ProblemCode.INGEST_EMPTY, "directory holds no files to read"));
        }
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        return entries;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Entry problem(Path path, String code, String message) {
        return new Entry(path, Optional.of(new Problem(code, path.toString(), message)));
    }

    static String reason(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
