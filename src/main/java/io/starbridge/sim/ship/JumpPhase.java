package io.starbridge.sim.ship;

/** Hyperspace drive phases: plot → spool → ready → in hyperspace (dwell) → drop → idle. */
public enum JumpPhase { IDLE, PLOTTED, SPOOLING, READY, IN_HYPERSPACE }
