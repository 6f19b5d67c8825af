package io.starbridge.scenario;

import java.util.List;

/** A mission or load scenario: builds the starting world of a {@link Mission} for a seed. */
public interface Scenario {
    String id();

    String description();

    /** Sizes it accepts for {@code --size}; empty if it has none. */
    default List<String> sizes() { return List.of(); }

    /**
     * @param size one of {@link #sizes()}, or null for the default
     * @throws IllegalArgumentException for an unknown size
     */
    Mission start(long seed, String size);
}
