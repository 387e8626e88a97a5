package org.sitrep.eval.muc;

/** The five MUC-4 role slots GTT scores, with the key each has in GTT's JSON. */
public enum MucRole {
    PERP_IND("PerpInd"),
    PERP_ORG("PerpOrg"),
    TARGET("Target"),
    VICTIM("Victim"),
    WEAPON("Weapon");

    private final String key;

    MucRole(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
