package org.sitrep.cli;

import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch on stderr: on a terminal a bar with the count, the rate and the time left (the total
 * is an estimate made before reading); elsewhere (a log file, a pipe) a plain line every {@link #LOG_INTERVAL}.
 */
final class Progress implements AutoCloseable {
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @param total the estimated number of documents, or -1 when unknown */
    static Progress start(String task, long total) {
        boolean terminal = System.console() != null;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setMaxRenderedLength(120)
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII);
        if (terminal) {
            builder.setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err));
        } else {
            builder.setUpdateIntervalMillis((int) LOG_INTERVAL.toMillis())
                    .setConsumer(new DelegatingProgressBarConsumer(System.err::println));
        }
        return new Progress(builder.build());
    }

    /** {@code documents} done so far, with a short note ("12 stored, 3 unchanged, 1 failed"). */
    void update(long documents, String note) {
        if (documents > bar.getMax() && bar.getMax() >= 0) {
            bar.maxHint(documents); // the estimate was short (a JSON array holds several articles)
        }
        bar.stepTo(documents);
        bar.setExtraMessage(note);
    }

    @Override
    public void close() {
        bar.close();
    }
}
