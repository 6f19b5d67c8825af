/**
 * Missions and load scenarios: each builds the starting world for a seed, with the briefing and the rule
 * that decides the outcome; the built-in ones are listed by {@link io.starbridge.scenario.Scenarios}.
 */
package io.starbridge.scenario;
