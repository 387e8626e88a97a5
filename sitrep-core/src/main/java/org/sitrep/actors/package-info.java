/**
 * Named actors and state institutions, used to type entities, merge aliases and code participants.
 *
 * <p>{@link org.sitrep.actors.ActorCatalog} reads {@code actors.tsv} and {@code institutions.tsv}, with the
 * countries of {@link org.sitrep.countries.Countries}, finds catalogued aliases in text
 * ({@link org.sitrep.actors.ActorCatalog#findAll}) and recognises a country's institutions
 * ("Lebanese army", "a young Lebanese soldier") by rule ({@link org.sitrep.actors.ActorCatalog#institution}).
 * Imports only {@code org.sitrep.countries}, {@code org.sitrep.names}, {@code org.sitrep.data} and
 * {@code org.sitrep.model}.
 */
package org.sitrep.actors;
