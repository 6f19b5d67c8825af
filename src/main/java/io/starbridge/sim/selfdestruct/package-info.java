/**
 * The two-person self-destruct: two different people confirm at a ship's bridge console within a
 * 3-second window to arm it (and, the same way, to abort it); an armed ship counts down and, at zero,
 * explodes, damaging every ship within its blast radius.
 */
package io.starbridge.sim.selfdestruct;
