/**
 * What each ship can know: the cloak, sensor sweeps that detect (or miss) other ships, and science scans
 * that reveal a contact's subsystems.
 */
package io.starbridge.sim.sensors;
