/**
 * Names in text, as the country table and the actor catalogue match them: {@link org.sitrep.names.Words} splits
 * and folds words ("al-Nusra" = "al Nusra", "Shi'ite" = "Shiite"), {@link org.sitrep.names.PhraseTrie} finds the
 * longest stored phrase at a word and {@link org.sitrep.names.AliasIndex} keeps aliases folded, except acronyms,
 * which match only as written. Imports nothing of Sitrep.
 */
package org.sitrep.names;
