/**
 * The sealed event records a tick emits (hits, cloak changes, jumps, rejected commands …); drills,
 * after-action reports, sounds and outcomes are computed from them, and they never feed back into the simulation.
 */
package io.starbridge.sim.event;
