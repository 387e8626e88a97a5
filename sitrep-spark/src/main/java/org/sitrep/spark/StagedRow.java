package org.sitrep.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One output row between extraction and the tables: which table, and the row as JSON (the JSON record's own
 * objects). A Java bean because Spark's bean encoder needs one (no records in Spark 4.0's encoders).
 */
public final class StagedRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String table;
    private String json;

    public StagedRow() {}

    StagedRow(Table table, String json) {
        this.table = table.name();
        this.json = Objects.requireNonNull(json, "json is null");
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    /** The tables a run writes; {@code mentions} feeds the incidents and is not written itself. */
    enum Table {
        articles,
        entities,
        events,
        errors,
        mentions
    }
}
