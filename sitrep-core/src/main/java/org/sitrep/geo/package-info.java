/**
 * Offline gazetteer and context-aware place resolution.
 *
 * <p>{@link org.sitrep.geo.Gazetteer} holds GeoNames cities500, first-order divisions, the countries of
 * {@link org.sitrep.countries.Countries} and a curated {@code supplement.tsv} (data built by
 * {@code scripts/build-gazetteer.py}; GeoNames, CC-BY-4.0, see NOTICE). {@link org.sitrep.geo.PlaceNames} folds
 * spellings; {@link org.sitrep.geo.PlaceResolver} picks a candidate from the article's
 * {@link org.sitrep.geo.PlaceContext}. {@link org.sitrep.geo.EntityGeocodingStage} (stage {@code geocode}) resolves every
 * place entity of an article together and adds the place names the tagger missed; {@link org.sitrep.geo.GeocodingStage}
 * (stage {@code places}) gives each event place its entity's geocode. Imports only {@code org.sitrep.countries}, {@code org.sitrep.data}, {@code org.sitrep.model} and {@code org.sitrep.pipeline}; no CoreNLP.
 */
package org.sitrep.geo;
