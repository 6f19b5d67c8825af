/**
 * Crews that live inside the simulation (the enemy): they read only what their ship's sensors show and act
 * only through the same commands as human crews.
 */
package io.starbridge.sim.ai;
