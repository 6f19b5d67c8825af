/**
 * The deterministic simulation core: {@code (World, commands of tick t) → (World', events)}, with the
 * world, its seeded randomness, the state hash and the one declared order of per-tick systems. Pure Java:
 * no clocks, threads, I/O, logging or unseeded randomness; concern packages meet here through {@link io.starbridge.sim.World}.
 */
package io.starbridge.sim;
