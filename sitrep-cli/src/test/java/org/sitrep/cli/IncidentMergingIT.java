package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident merging measured on 17 articles written for this test (src/test/resources/incidents): five
 * happenings reported by two or three outlets each in their own words, and four near misses (the same kind of
 * event in the same country on the same day elsewhere, or in the same town a week later). Scored on article
 * pairs: two articles are merged when one incident holds events of both.
 */
class IncidentMergingIT {
    private static final Path CORPUS = Path.of("sitrep-cli", "src", "test", "resources", "incidents");

    @TempDir
    Path dir;

    @Test
    void articlesOfOneHappeningShareAnIncidentAndNearMissesDoNot() throws Exception {
        String db = dir.resolve("incidents.db").toString();
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(
                    0,
                    Main.commandLine()
                            .execute(
                                    "ingest",
                                    "--db",
                                    db,
                                    CORPUS.resolve("articles.jsonl").toString()));
        } finally {
            System.setErr(err);
        }
        Set<String> gold = pairs(goldLabels());
        Set<String> predicted = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT incident_id, article_id FROM incident_members")) {
            Map<String, Set<String>> articlesByIncident = new HashMap<>();
            while (r.next()) {
                articlesByIncident
                        .computeIfAbsent(r.getString(1), k -> new HashSet<>())
                        .add(r.getString(2));
            }
            for (Set<String> articles : articlesByIncident.values()) {
                predicted.addAll(pairs(articles));
            }
        }
        Set<String> right = new TreeSet<>(predicted);
        right.retainAll(gold);
        double precision = predicted.isEmpty() ? 0 : right.size() / (double) predicted.size();
        double recall = right.size() / (double) gold.size();
        System.out.printf(
                "incident merging on %d gold article pairs: precision %.3f, recall %.3f (predicted %s)%n",
                gold.size(), precision, recall, predicted);
        assertEquals(11, gold.size());
        assertTrue(precision >= 0.9, "precision " + precision + ": " + predicted);
        assertTrue(recall >= 0.8, "recall " + recall + ": " + predicted);
    }

    /** Article id → the happening it reports. */
    private static Map<String, String> goldLabels() throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("gold.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    private static Set<String> pairs(Map<String, String> labels) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        labels.forEach((article, label) ->
                byLabel.computeIfAbsent(label, k -> new HashSet<>()).add(article));
        Set<String> out = new TreeSet<>();
        byLabel.values().forEach(articles -> out.addAll(pairs(articles)));
        return out;
    }

    private static Set<String> pairs(Set<String> articles) {
        List<String> sorted = articles.stream().sorted().toList();
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(sorted.get(i) + "+" + sorted.get(j));
            }
        }
        return out;
    }
}
