/**
 * What each station may do and know: role permissions, and per-station view projections of the
 * world (own ship by concern, contacts as the ship's sensors see them, mission intel). Views are
 * plain immutable-by-convention maps built on the tick thread; they never carry crew codes or
 * anything a station's sensors do not detect. Reads {@code sim}; never mutates it.
 */
package io.starbridge.station;
