package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;

class KairosMappingTest {
    private static final String HEADER = String.join("\t", KairosMapping.HEADER);
    private static final TypeEquivalence ATTACKS = new TypeEquivalence(Set.of("ATTACK"));
    private static final Path SHARED_ONTOLOGY = Path.of("../shared/data/wikievents/event_role_KAIROS.json");
    private final KairosMapping mapping = KairosMapping.load(Ontology.load());

    /** KAIROS type → role names, from the test copy of event_role_KAIROS.json's names. */
    static Map<String, List<String>> kairosTypes() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (Tsv.Row row :
                Tsv.read(Tsv.Source.resource(KairosMappingTest.class, "kairos-types.tsv"), List.of("type", "roles"))) {
            types.put(row.get(0), List.of(row.get(1).split(",")));
        }
        return types;
    }

    @Test
    void coversEveryKairosTypeWithItsOwnRow() throws IOException {
        Map<String, List<String>> types = kairosTypes();
        assertEquals(51, types.size());
        assertTrue(mapping.kairosTypes().containsAll(types.keySet()));
    }

    @Test
    void mapsEveryRoleOfEveryMappedType() throws IOException {
        kairosTypes().forEach((type, roles) -> {
            if (mapping.sitrepType(type).isPresent()) {
                for (String role : roles) {
                    assertTrue(
                            mapping.role(type, role).isPresent()
                                    || mapping.isPlaceRole(type, role)
                                    || mappedToNothing(type, role),
                            type + " " + role + " is not listed");
                }
            }
        });
    }

    private boolean mappedToNothing(String type, String role) {
        return mapping.roleTarget(type, role)
                .filter(KairosMapping.UNMAPPED::equals)
                .isPresent();
    }

    @Test
    void testCopyMatchesTheSharedOntologyWhenPresent() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED_ONTOLOGY), "shared WikiEvents data not present");
        Set<String> shared = new TreeSet<>();
        new ObjectMapper().readTree(SHARED_ONTOLOGY.toFile()).fieldNames().forEachRemaining(shared::add);
        assertEquals(shared, new TreeSet<>(kairosTypes().keySet()));
    }

    @Test
    void mapsConflictTypesAndRoles() {
        assertEquals(Optional.of("ATTACK"), mapping.sitrepType("Conflict.Attack.Unspecified"));
        assertEquals(Optional.of(Role.AGENT), mapping.role("Conflict.Attack.Unspecified", "Attacker"));
        assertEquals(Optional.of(Role.PATIENT), mapping.role("Conflict.Attack.Unspecified", "Target"));
        assertEquals(Optional.of(Role.INSTRUMENT), mapping.role("Conflict.Attack.Unspecified", "Instrument"));
        assertTrue(mapping.isPlaceRole("Conflict.Attack.Unspecified", "Place"));
        assertEquals(Optional.empty(), mapping.role("Conflict.Attack.Unspecified", "Place"));
        assertEquals(Optional.of("BOMBING"), mapping.sitrepType("Conflict.Attack.DetonateExplode"));
        assertEquals(Optional.of(Role.INSTRUMENT), mapping.role("Conflict.Attack.DetonateExplode", "ExplosiveDevice"));
        assertEquals(Optional.of(Role.PATIENT), mapping.role("Justice.ArrestJailDetain.Unspecified", "Detainee"));
        assertEquals(
                Set.of("Justice.Convict.Unspecified", "Justice.Sentence.Unspecified"),
                mapping.kairosTypes().stream()
                        .filter(t -> mapping.sitrepType(t).equals(java.util.Optional.of("SENTENCE")))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void reportsTypesSitrepCannotProduce() {
        assertEquals(Optional.empty(), mapping.sitrepType("Medical.Vaccinate.Unspecified"));
        assertEquals(Optional.empty(), mapping.role("Medical.Vaccinate.Unspecified", "Treater"));
        assertFalse(mapping.isPlaceRole("Medical.Vaccinate.Unspecified", "Place"));
        assertTrue(mapping.covers("Medical.Vaccinate.Unspecified"));
        assertFalse(mapping.covers("Sports.Match.Unspecified"));
    }

    @Test
    void fallsBackToUnspecifiedForTwoLevelAndUnlistedNames() {
        assertEquals(Optional.of("ATTACK"), mapping.sitrepType("Conflict.Attack"));
        assertEquals(Optional.of("THREATEN"), mapping.sitrepType("Contact.ThreatenCoerce.Correspondence"));
        assertEquals(Optional.of(Role.RECIPIENT), mapping.role("Contact.RequestCommand.Meet", "Recipient"));
    }

    @Test
    void namesTheLineOfAnUnknownSitrepTypeOrRole() {
        var type = assertThrows(
                IllegalArgumentException.class,
                () -> KairosMapping.parse(
                        new Tsv.Source("k.tsv", "# c\n" + HEADER + "\nLife.Die.Unspecified\tDIE\tVictim=PATIENT\n"),
                        Set.of("KILL"),
                        ATTACKS));
        assertTrue(type.getMessage().startsWith("k.tsv:3: unknown Sitrep type 'DIE'"), type.getMessage());
        var role = assertThrows(
                IllegalArgumentException.class,
                () -> KairosMapping.parse(
                        new Tsv.Source("k.tsv", HEADER + "\nLife.Die.Unspecified\tKILL\tVictim=VICTIM\n"),
                        Set.of("KILL"),
                        ATTACKS));
        assertTrue(role.getMessage().startsWith("k.tsv:2: unknown role 'VICTIM'"), role.getMessage());
        var header = assertThrows(
                IllegalArgumentException.class,
                () -> KairosMapping.parse(
                        new Tsv.Source("k.tsv", "Life.Die.Unspecified\tKILL\tVictim=PATIENT\n"),
                        Set.of("KILL"),
                        ATTACKS));
        assertTrue(
                header.getMessage().startsWith("k.tsv:1: expected the header kairos_type<TAB>sitrep_type<TAB>roles"),
                header.getMessage());
    }
}
