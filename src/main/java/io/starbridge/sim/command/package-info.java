/**
 * The sealed command records every crew (human, bot or AI) sends into the simulation, each carrying
 * who sent it and checking its own values; the codec turns them into plain field maps for journals and the wire.
 */
package io.starbridge.sim.command;
