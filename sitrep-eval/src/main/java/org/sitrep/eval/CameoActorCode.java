package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorCoding;

/**
 * A gold CAMEO/Phoenix actor code read for comparison with Sitrep's {@link ActorCoding}: its country
 * (ISO 3166-1 alpha-3), or its group when it has no country, and its primary sector.
 *
 * <p>How a gold code is read:
 * <ul>
 * <li>the first three letters are the country when they are an ISO3 code Sitrep knows ("HUN",
 *     "IRQGOVMIL" → IRQ), or one of the CAMEO-manual spellings in {@link #LEGACY_COUNTRIES}
 *     (JAP Japan, ITL Italy, VTN Vietnam);</li>
 * <li>else they are a group when they are one of {@link #GROUPS} (IGO, NGO, IMG international
 *     militarised group, …: "IGOUNOMIL" → IGO);</li>
 * <li>else ("---REB", "", "diplomatic") the code has neither and is not scored.</li>
 * </ul>
 * The sector is the gold {@code sector} field when given (PLOVER records: "GOV", "CVLalb" → CVL,
 * "***" → none), else the three letters after the country or group (PETRARCH codes: "USAGOV" → GOV).
 */
public record CameoActorCode(String code, Optional<String> country, Optional<String> group, Optional<String> sector) {
    /** Country codes of the CAMEO manual examples that are not ISO3, with the ISO3 they stand for. */
    public static final Map<String, String> LEGACY_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    /** CAMEO codes for actors without a country. */
    public static final Set<String> GROUPS = Set.of("IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "UAF");
    /** Gold sector spellings with Sitrep's sector ("CIV" is written for civilians beside CAMEO's CVL). */
    static final Map<String, String> SECTOR_ALIASES = Map.of("CIV", "CVL");
    /** Sitrep sectors that a group code without a country stands for. */
    static final Map<String, Set<String>> GROUP_SECTORS = Map.of(
            "IGO",
            Set.of("IGO"),
            "NGO",
            Set.of("NGO"),
            "IMG",
            Set.of("INS", "REB", "SEP"),
            "MNC",
            Set.of("BUS"),
            "UAF",
            Set.of("REB", "INS"));

    public CameoActorCode {
        requireNonNull(code, "code is null");
        requireNonNull(country, "country is null");
        requireNonNull(group, "group is null");
        requireNonNull(sector, "sector is null");
        if (country.isPresent() && group.isPresent()) {
            throw new IllegalArgumentException(
                    "code %s has both a country %s and a group %s".formatted(code, country, group));
        }
    }

    /** Reads a code with no separate sector field (PETRARCH: "IRQGOVMIL"). */
    public static CameoActorCode parse(String code, Set<String> iso3) {
        return parse(code, Optional.empty(), iso3);
    }

    /** Reads a code and, when given, its separate sector field (PLOVER records). */
    public static CameoActorCode parse(String code, Optional<String> sectorField, Set<String> iso3) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        String head = c.length() >= 3 ? c.substring(0, 3) : "";
        Optional<String> country = Optional.empty();
        Optional<String> group = Optional.empty();
        if (iso3.contains(head)) {
            country = Optional.of(head);
        } else if (LEGACY_COUNTRIES.containsKey(head)) {
            country = Optional.of(LEGACY_COUNTRIES.get(head));
        } else if (GROUPS.contains(head)) {
            group = Optional.of(head);
        }
        Optional<String> sector = sectorField.isPresent()
                ? sectorField.flatMap(CameoActorCode::sectorOf)
                : (head.equals("---") || country.isPresent() || group.isPresent()) && c.length() >= 6
                        ? sectorOf(c.substring(3, 6))
                        : Optional.empty();
        return new CameoActorCode(code, country, group, sector);
    }

    /** True when the code names a country or a group, so it can be compared. */
    public boolean comparable() {
        return country.isPresent() || group.isPresent();
    }

    /** Same country (ISO3 prefix of Sitrep's code), or a group code that Sitrep codes as that sector without a country. */
    public boolean sameCountry(ActorCoding predicted) {
        if (country.isPresent()) {
            return predicted.country().isPresent() && predicted.code().startsWith(country.get());
        }
        return group.isPresent()
                && predicted.country().isEmpty()
                && GROUP_SECTORS.getOrDefault(group.get(), Set.of(group.get())).contains(predicted.sector());
    }

    /** {@link #sameCountry} and the gold sector equals Sitrep's; false when the gold gives no sector. */
    public boolean sameCountryAndSector(ActorCoding predicted) {
        return sameCountry(predicted)
                && sector.map(s -> s.equals(predicted.sector())).orElse(false);
    }

    private static Optional<String> sectorOf(String field) {
        String s = field.strip();
        if (s.length() < 3 || !s.substring(0, 3).matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        String primary = s.substring(0, 3).toUpperCase(Locale.ROOT);
        return Optional.of(SECTOR_ALIASES.getOrDefault(primary, primary));
    }
}
