package io.starbridge.scenario;

/**
 * The reference mission's id and away-team size, for callers that name them in code. The mission itself
 * is the file {@code scenarios/missions/last-of-its-kind.yaml}; a test checks {@link #TEAM} against it.
 */
public final class LastOfItsKindScenario {
    public static final String ID = "last-of-its-kind";
    /** Members of Vigil's away team in the file (its {@code people} of party vigil that are not characters). */
    public static final int TEAM = 4;

    private LastOfItsKindScenario() {}
}
