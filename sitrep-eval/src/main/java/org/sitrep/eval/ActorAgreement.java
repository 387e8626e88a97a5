package org.sitrep.eval;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Event;
import org.sitrep.model.Role;

/**
 * Record-level actor agreement: does any coded Sitrep argument of the given roles agree with any
 * gold actor (see {@link CameoActorCode#sameCountry} and {@link CameoActorCode#sameCountryAndSector})?
 * A record counts toward a rate only when a gold actor can be compared: for country, a gold actor
 * with a country or group; for country and sector, one that also has a sector.
 */
public final class ActorAgreement {
    public static final Set<Role> SOURCE_ROLES = Set.of(Role.AGENT);
    public static final Set<Role> TARGET_ROLES = Set.of(Role.PATIENT, Role.RECIPIENT);

    private int countryGold;
    private int countryHits;
    private int sectorGold;
    private int sectorHits;

    /** Adds one record: its gold actors and the Sitrep events whose arguments are compared. */
    public void add(List<CameoActorCode> gold, Collection<Event> events, Set<Role> roles) {
        List<ActorCoding> predicted = actors(events, roles);
        if (gold.stream().anyMatch(CameoActorCode::comparable)) {
            countryGold++;
            if (gold.stream().anyMatch(g -> predicted.stream().anyMatch(g::sameCountry))) {
                countryHits++;
            }
        }
        if (gold.stream().anyMatch(g -> g.comparable() && g.sector().isPresent())) {
            sectorGold++;
            if (gold.stream().anyMatch(g -> predicted.stream().anyMatch(g::sameCountryAndSector))) {
                sectorHits++;
            }
        }
    }

    /** The actor codings of the arguments in the given roles. */
    public static List<ActorCoding> actors(Collection<Event> events, Set<Role> roles) {
        return events.stream()
                .flatMap(e -> e.arguments().stream())
                .filter(a -> roles.contains(a.role()))
                .flatMap(a -> a.actor().stream())
                .toList();
    }

    /** Records whose country matched, of those with a comparable gold actor (as correct of gold). */
    public Counts country() {
        return new Counts(countryHits, countryGold, countryGold);
    }

    /** Records whose country and sector matched, of those with a comparable gold actor that has a sector. */
    public Counts countryAndSector() {
        return new Counts(sectorHits, sectorGold, sectorGold);
    }
}
