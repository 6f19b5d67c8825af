/**
 * Bot crews for the player stations: each bot plays its station as a drilled crew member would,
 * sees only what that station shows (its own ship, its sensors' contacts, scanned subsystems) and
 * acts only through commands, after a human-like reaction time.
 */
package io.starbridge.bot;
