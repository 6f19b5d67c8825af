/**
 * Ship interiors and boarding: deck plans as data (rooms, doors), lighting that follows ship power,
 * suit torches and each away team's fog-of-war memory, the scenario's contents (bodies, captives,
 * hazards, characters), docking, and the away teams themselves — members with suit air and health
 * who walk the deck plans along A* paths, open and force doors, search rooms and carry captives.
 */
package io.starbridge.sim.interior;
