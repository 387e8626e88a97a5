package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * Expands the paths given to the ingester into files, lazily and in order: a directory becomes its
 * files, recursively and sorted by path, without hidden entries (".git", ".DS_Store"). Only one
 * directory's listing per level is held, never the list of all files. "-" stays as it is: standard input.
 */
final class PathWalker implements Iterator<PathWalker.Entry> {
    /** A file to read (or "-"), or a problem with a path. */
    record Entry(Path path, Optional<Problem> problem) {}

    /** A directory entry and whether it is a directory, read without following links, as Files.walkFileTree does. */
    private record Child(Path path, Optional<BasicFileAttributes> attributes, Optional<Problem> problem) {
        boolean isDirectory() {
            return attributes.map(BasicFileAttributes::isDirectory).orElse(false);
        }

        /** Sorting siblings by name with a '/' after a directory's orders the files as sorting their whole paths would. */
        String sortKey() {
            return path.getFileName() + (isDirectory() ? "/" : "");
        }
    }

    /** Walking one directory named by the user: the open listings, deepest last. */
    private static final class Walk {
        final Path root;
        final Deque<Iterator<Child>> levels = new ArrayDeque<>();
        /** Real paths of the directories entered: a link back to one is a loop, or a second way to the same files. */
        final Set<Path> entered = new HashSet<>();

        boolean yieldedAny;

        Walk(Path root) {
            this.root = root;
        }
    }

    private static final Comparator<Child> BY_PATH = (a, b) -> compareCodePoints(a.sortKey(), b.sortKey());

    private final Iterator<Path> paths;
    private Walk walk;
    private Entry next;

    private PathWalker(Iterator<Path> paths) {
        this.paths = paths;
    }

    static PathWalker of(List<Path> paths) {
        return new PathWalker(List.copyOf(paths).iterator());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (walk != null) {
                next = step(walk);
                if (next == null) {
                    Walk done = walk;
                    walk = null;
                    if (!done.yieldedAny) {
                        next = problem(done.root, ProblemCode.INGEST_EMPTY, "directory holds no files to read");
                    }
                }
            } else if (paths.hasNext()) {
                next = start(paths.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    /** The entry for a path named by the user, or null after starting to walk a directory. */
    private Entry start(Path path) {
        if (path.toString().equals(Ingester.STDIN)) {
            return new Entry(path, Optional.empty());
        }
        if (!Files.exists(path)) {
            return problem(path, ProblemCode.INGEST_NOT_FOUND, "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) { // opening a FIFO waits for a writer, /dev/zero never ends
                return problem(
                        path,
                        ProblemCode.INGEST_IO,
                        "not a regular file (a FIFO, device or socket): not read; pipe it to '-' to read standard input");
            }
            return new Entry(path, Optional.empty());
        }
        walk = new Walk(path);
        Entry unreadable = enter(walk, path);
        if (unreadable != null) {
            walk = null;
        }
        return unreadable;
    }

    /** The next file of the walk, or null when it is over. */
    private Entry step(Walk w) {
        while (!w.levels.isEmpty()) {
            Iterator<Child> level = w.levels.peekLast();
            if (!level.hasNext()) {
                w.levels.removeLast();
                continue;
            }
            Child child = level.next();
            Entry entry = child.problem().isPresent()
                    ? new Entry(child.path(), child.problem())
                    : child.isDirectory()
                            ? enter(w, child.path())
                            : child.attributes().get().isRegularFile()
                                    ? new Entry(child.path(), Optional.empty())
                                    : notPlainFile(w, child);
            if (entry != null) {
                w.yieldedAny = true;
                return entry;
            }
        }
        return null;
    }

    /**
     * A link or a special file found in a directory: a link to a file is read like the file, a link to a
     * directory is walked unless it leads back to a directory already entered (a loop, or the same files a
     * second time); anything else is said, never skipped in silence. A FIFO, device or socket is not read
     * (it may never end).
     */
    private static Entry notPlainFile(Walk w, Child child) {
        Path path = child.path();
        if (!child.attributes().get().isSymbolicLink()) {
            return problem(path, ProblemCode.INGEST_IO, "not a regular file (a FIFO, device or socket): not read");
        }
        if (Files.isRegularFile(path)) {
            return new Entry(path, Optional.empty());
        }
        if (Files.isDirectory(path)) {
            return enter(w, path);
        }
        return problem(path, ProblemCode.INGEST_NOT_FOUND, "broken symbolic link: its target does not exist");
    }

    /** Lists a directory onto the walk; a directory that cannot be listed is a problem entry. */
    private static Entry enter(Walk w, Path directory) {
        Optional<Path> real = realPath(directory);
        if (real.isPresent() && !w.entered.add(real.get())) {
            return problem(
                    directory,
                    ProblemCode.INGEST_IO,
                    "directory %s already read in this walk (a link loop, or a second way to it): not read again"
                            .formatted(real.get()));
        }
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            for (Path child : listing) {
                if (!isHidden(child)) {
                    children.add(child(child));
                }
            }
        } catch (IOException e) {
            return problem(directory, ProblemCode.INGEST_IO, "cannot read: " + reason(e));
        }
        children.sort(BY_PATH);
        w.levels.addLast(children.iterator());
        return null;
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Child child(Path path) {
        try {
            return new Child(
                    path,
                    Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)),
                    Optional.empty());
        } catch (IOException e) {
            return new Child(
                    path,
                    Optional.empty(),
                    Optional.of(new Problem(ProblemCode.INGEST_IO, path.toString(), "cannot read: " + reason(e))));
        }
    }

    /** Code point order, the order of the UTF-8 bytes that Path.compareTo compares on Unix. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
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
