package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.app.Outcome;
import org.sitrep.incidents.IncidentMention;
import org.sitrep.incidents.IncidentMentions;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.output.DocumentJson;
import org.sitrep.spark.StagedRow.Table;

/**
 * The rows one outcome gives, built from the same JSON record as {@code sitrep extract} writes: the article
 * (the record without its entities and events), one row per entity and per event with the article's id, the
 * events that can join incidents, and an error row for an input that was rejected or failed. The month is the
 * publication month ("2026-03"), {@value #UNDATED} without a date.
 */
final class OutcomeRows {
    static final String UNDATED = "undated";

    private final ObjectMapper mapper = new ObjectMapper();
    private final DocumentJson json = new DocumentJson(mapper);

    List<StagedRow> of(Outcome outcome) {
        List<StagedRow> rows = new ArrayList<>();
        if (outcome instanceof Outcome.Extracted extracted) {
            Document d = extracted.document();
            add(rows, d, json.toJson(d));
            for (IncidentMention m : IncidentMentions.of(d)) {
                rows.add(new StagedRow(Table.mentions, MentionJson.write(mapper, m)));
            }
        } else if (outcome instanceof Outcome.Failed failed) {
            add(rows, failed.input(), json.failed(failed.input(), failed.problem()));
            rows.add(error(Optional.of(failed.input()), failed.problem()));
        } else if (outcome instanceof Outcome.Rejected rejected) {
            rows.add(error(Optional.empty(), rejected.problem()));
        } else if (outcome instanceof Outcome.Skipped skipped) {
            rows.add(error(Optional.empty(), skipped.note())); // the table of what was not read says why
        }
        return rows;
    }

    private void add(List<StagedRow> rows, Document d, ObjectNode record) {
        String month = month(d);
        for (JsonNode entity : record.remove("entities")) {
            rows.add(row(Table.entities, withArticle((ObjectNode) entity, d.id(), month)));
        }
        for (JsonNode event : record.remove("events")) {
            rows.add(row(Table.events, withArticle((ObjectNode) event, d.id(), month)));
        }
        record.put(OutputSchema.MONTH, month);
        rows.add(row(Table.articles, record));
    }

    /** The failed or rejected input, what went wrong and where; the article id when the input was read. */
    private StagedRow error(Optional<Document> input, Problem p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", p.source());
        node.put(OutputSchema.ARTICLE_ID, input.map(Document::id).orElse(null));
        node.put("code", p.code());
        node.put("message", p.message());
        node.put(OutputSchema.MONTH, input.map(OutcomeRows::month).orElse(UNDATED));
        return row(Table.errors, node);
    }

    static String month(Document d) {
        return d.published().map(p -> p.toString().substring(0, 7)).orElse(UNDATED);
    }

    private static ObjectNode withArticle(ObjectNode node, String articleId, String month) {
        node.put(OutputSchema.ARTICLE_ID, articleId);
        node.put(OutputSchema.MONTH, month);
        return node;
    }

    private StagedRow row(Table table, ObjectNode node) {
        try {
            return new StagedRow(table, mapper.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tree Jackson built", e);
        }
    }
}
