package org.sitrep.bench;

/**
 * Heap used by one measured phase, in bytes.
 *
 * @param peak       the sum over heap memory pools (eden, survivor, old) of each pool's peak usage
 *                   since the phase began. It sees every allocation whatever the sampling rate, but it
 *                   is an upper bound: the pools need not peak at the same moment, and it counts
 *                   garbage not yet collected, which grows with -Xmx.
 * @param sampledMax the largest used heap seen by a thread sampling every few milliseconds: a
 *                   lower bound of the true peak, garbage included
 * @param live       used heap after a full GC at the end of the phase, models still loaded: what
 *                   the system keeps, the floor its -Xmx must clear
 */
public record HeapUse(long peak, long sampledMax, long live) {
    public HeapUse {
        if (peak < 0 || sampledMax < 0 || live < 0) {
            throw new IllegalArgumentException("expected non-negative byte counts, got peak=%d sampledMax=%d live=%d"
                    .formatted(peak, sampledMax, live));
        }
    }
}
