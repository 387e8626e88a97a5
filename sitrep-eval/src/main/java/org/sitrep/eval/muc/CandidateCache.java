package org.sitrep.eval.muc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The MUC mapping's candidate fillers of a data file's documents, kept on disk so that the filler model trains in
 * seconds instead of running the pipeline over 1,300 training articles each time. A cache file is named by a key
 * that changes when anything that makes the candidates changes: the data file's bytes, the pipeline's code and
 * resources, and the classes of the mapping that make candidates (not the models that judge them, which train
 * from the cached candidates). One JSON array of candidates a line, one line a document, gzipped.
 */
public final class CandidateCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FillerCandidate>> LINE = new TypeReference<>() {};
    /** The eval-side classes and resources that make candidates (entry-name prefixes in their jar or folder). */
    private static final List<String> MAPPING = List.of(
            "org/sitrep/eval/muc/SitrepTemplates",
            "org/sitrep/eval/muc/FillerFeatures",
            "org/sitrep/eval/muc/FillerCandidate",
            "org/sitrep/eval/muc/muc4-");

    private final Path directory;

    public CandidateCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The key of a data file's candidates as the running code makes them.
     *
     * @param pipeline a class of the pipeline's module: its whole jar (or class folder) is part of the key
     */
    public static String key(Path data, Class<?> pipeline) {
        MessageDigest digest = sha256();
        try {
            digest.update(Files.readAllBytes(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // META-INF holds build metadata (dates), not code
        digest.update(fingerprint(pipeline, name -> !name.startsWith("META-INF/")));
        digest.update(fingerprint(CandidateCache.class, name -> MAPPING.stream().anyMatch(name::startsWith)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }

    /** The cached candidates of {@code documents} documents under the key, if there are. */
    public Optional<List<List<FillerCandidate>>> read(String key, int documents) throws IOException {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<List<FillerCandidate>> candidates = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                candidates.add(JSON.readValue(line, LINE));
            }
        }
        return candidates.size() == documents ? Optional.of(candidates) : Optional.empty();
    }

    /** Stores the candidates under the key (written to a temporary file, then moved into place). */
    public void write(String key, List<List<FillerCandidate>> candidates) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "candidates", ".tmp");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(temporary)), StandardCharsets.UTF_8))) {
            for (List<FillerCandidate> document : candidates) {
                out.write(JSON.writeValueAsString(document));
                out.newLine();
            }
        }
        Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Path file(String key) {
        return directory.resolve("candidates-" + key + ".jsonl.gz");
    }

    /** A digest of the entries of the class's jar or class folder whose names pass, in name order. */
    static byte[] fingerprint(Class<?> anchor, Predicate<String> names) {
        MessageDigest digest = sha256();
        try {
            Path source = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> entries = new TreeMap<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path p : files.filter(Files::isRegularFile).toList()) {
                        String name = source.relativize(p).toString().replace('\\', '/');
                        if (names.test(name)) {
                            entries.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (JarEntry e : jar.stream().toList()) {
                        if (!e.isDirectory() && names.test(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                entries.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            entries.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
