package io.starbridge.replay;

import io.starbridge.scenario.Mission;
import java.io.Serializable;
import java.util.Map;

/**
 * A running game at the end of one tick: its mission's state (with a file's script: triggers, timers,
 * done objectives) and whatever else the game keeps from the events so far ({@code observers}: debrief
 * counts, timings), so a server that crashed resumes from here and re-simulates only the journal after
 * {@code tick} (docs/RELIABILITY.md).
 *
 * @param scenario  the journal header's scenario id; a snapshot fits only a journal of the same
 *                  scenario, seed and size
 * @param size      scenario size or null
 * @param tick      the last tick simulated before the snapshot was taken; a journal checkpoint
 * @param stateHash {@code World.stateHash()} at {@code tick}: equal to the journal's checkpoint
 */
public record Snapshot(String scenario, long seed, String size, long tick, long stateHash, Mission.State mission,
                       Map<String, Serializable> observers) implements Serializable {}
