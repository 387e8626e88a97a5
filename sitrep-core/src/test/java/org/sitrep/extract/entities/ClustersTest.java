package org.sitrep.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustersTest {
    @Test
    void joinedClustersShareMembersSalienceAndTheEarliestRoot() {
        Set<Integer> names = Set.of(0, 3);
        Clusters clusters = new Clusters(5, names::contains);
        clusters.union(4, 1);
        clusters.union(1, 3);

        assertEquals(1, clusters.find(4));
        assertEquals(Set.of(1, 3, 4), Set.copyOf(clusters.members(4)));
        assertEquals(3 + 2, clusters.salience(1), "one name (3) and two other mentions (1 each)");
        assertTrue(clusters.holdsName(4));
        assertFalse(clusters.holdsName(2));
        assertEquals(List.of(List.of(0), List.of(1, 3, 4), List.of(2)), clusters.groups());
    }

    @Test
    void joiningTwiceChangesNothing() {
        Clusters clusters = new Clusters(3, i -> false);
        clusters.union(0, 2);
        clusters.union(2, 0);

        assertEquals(2, clusters.members(0).size());
        assertEquals(2, clusters.salience(2));
    }
}
