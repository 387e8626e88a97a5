package org.sitrep.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The errors table: each input that could not be read as an article, or that the pipeline failed on, with its
 * source, its article id when it was read, the problem's stable code and message (those of the JSON record's
 * {@code errors}), by month (a rejected input's is "undated").
 */
final class ErrorTable {
    private ErrorTable() {}

    static StructType schema() {
        return new StructType()
                .add("source", DataTypes.StringType, false)
                .add(OutputSchema.ARTICLE_ID, DataTypes.StringType, true)
                .add("code", DataTypes.StringType, false)
                .add("message", DataTypes.StringType, false)
                .add(OutputSchema.MONTH, DataTypes.StringType, false);
    }
}
