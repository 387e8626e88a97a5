package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.countries.Countries;
import org.sitrep.store.StoredEvent;

/**
 * Events as CSV with ACLED's column names, so that a researcher's ACLED scripts load them unchanged; Sitrep's
 * own fields follow ({@link EventColumns} defines them, for Parquet too).
 */
public final class AcledCsv {
    private final List<Column<StoredEvent>> columns;

    public AcledCsv(Countries countries) {
        this.columns = EventColumns.events(countries);
    }

    /** The column names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public void write(List<StoredEvent> events, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header().toArray(String[]::new))
                        .get());
        List<String> row = new ArrayList<>(columns.size());
        for (StoredEvent e : events) {
            row.clear();
            for (Column<StoredEvent> c : columns) {
                row.add(c.text(e));
            }
            csv.printRecord(row);
        }
        csv.flush();
    }
}
