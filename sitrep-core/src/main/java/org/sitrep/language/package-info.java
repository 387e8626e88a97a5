/**
 * The language check: {@link org.sitrep.language.LanguageCheck} tells a text that is not English, and its language,
 * from a bounded prefix; {@link org.sitrep.language.LanguageCheckStage} (stage {@code language}) warns about it.
 * Imports only {@code org.sitrep.data}, {@code org.sitrep.model} and {@code org.sitrep.pipeline}.
 */
package org.sitrep.language;
