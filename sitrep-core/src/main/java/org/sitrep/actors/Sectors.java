package org.sitrep.actors;

import java.util.Map;
import java.util.TreeMap;

/** The CAMEO-style sector codes that actors and institutions may carry. */
public final class Sectors {
    /** Code to meaning; COP is the police (CAMEO's code), CVL covers civilians and protesters (told apart by ACLED type). */
    public static final Map<String, String> KNOWN = new TreeMap<>(Map.ofEntries(
            Map.entry("GOV", "government, executive"),
            Map.entry("MIL", "military"),
            Map.entry("COP", "police, gendarmerie, internal security"),
            Map.entry("SPY", "intelligence"),
            Map.entry("JUD", "judiciary"),
            Map.entry("LEG", "legislature"),
            Map.entry("REB", "rebels, militias"),
            Map.entry("INS", "insurgents, jihadist groups"),
            Map.entry("SEP", "separatists"),
            Map.entry("OPP", "political opposition"),
            Map.entry("PTY", "political party"),
            Map.entry("IGO", "intergovernmental organization"),
            Map.entry("NGO", "non-governmental organization"),
            Map.entry("MED", "media"),
            Map.entry("BUS", "business"),
            Map.entry("CRM", "criminal organization"),
            Map.entry("CVL", "civilians, protesters, rioters"),
            Map.entry("REF", "refugees, migrants, displaced people"),
            Map.entry("HLH", "health workers"),
            Map.entry("EDU", "education, students"),
            Map.entry("LAB", "labour, workers"),
            Map.entry("REL", "religious group or leaders"),
            Map.entry("ETH", "ethnic group"),
            Map.entry("UAF", "unidentified armed forces")));

    private Sectors() {}

    public static boolean isKnown(String code) {
        return KNOWN.containsKey(code);
    }

    /** ACLED actor "inter" codes: 1 state forces … 8 external/other forces. */
    public static boolean isAcledType(int acledType) {
        return acledType >= 1 && acledType <= 8;
    }
}
