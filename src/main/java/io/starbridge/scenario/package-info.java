/**
 * Missions and load scenarios: each builds the starting world of a {@link io.starbridge.scenario.Mission}
 * for a seed, with the briefing and the rule that decides the outcome. Missions are YAML files
 * (docs/scenario-format.md) read by {@link io.starbridge.scenario.MissionLoader}, which trusts nothing in
 * them and reports every error with file, line and column; {@link io.starbridge.scenario.MissionBuilder}
 * builds their worlds and {@link io.starbridge.scenario.MissionScript} runs their triggers, timers and objectives.
 * The built-in ones are listed by {@link io.starbridge.scenario.Scenarios}; the battlefield is generated in code.
 */
package io.starbridge.scenario;
