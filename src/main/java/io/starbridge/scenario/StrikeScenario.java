package io.starbridge.scenario;

/**
 * The strike mission's id. The mission itself is the file {@code scenarios/missions/strike.yaml}
 * (format: docs/scenario-format.md); this handle stays for callers that name it in code.
 */
public final class StrikeScenario {
    public static final String ID = "strike";

    /** Starts the built-in strike file for a seed; same as {@code Scenarios.builtIn().byId(ID).start(seed, size)}. */
    public Mission start(long seed, String size) {
        return Scenarios.builtIn().byId(ID).start(seed, size);
    }
}
