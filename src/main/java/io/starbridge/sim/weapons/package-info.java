/**
 * Fire control and damage: beams, torpedoes and their flight, point defence, and how a hit lands on
 * shields, hull and the targeted subsystem.
 */
package io.starbridge.sim.weapons;
