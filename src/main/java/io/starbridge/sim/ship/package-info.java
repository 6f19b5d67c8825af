/**
 * A ship and its own systems: hull classes as data, subsystems with power and health, helm and flight,
 * the hyperspace drive, shields, repair and the derelict status.
 */
package io.starbridge.sim.ship;
