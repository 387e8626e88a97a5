/**
 * {@code sitrep bench}: a reproducible speed measurement of Sitrep against CoreNLP's default
 * pipeline, in one process, on the same documents and threads. Pure parts (corpus reading, cycling,
 * statistics, table formatting) are unit-tested; nothing here asserts on time.
 */
package org.sitrep.bench;
