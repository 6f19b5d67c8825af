package io.starbridge.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of the mission format, per kind of mapping: what the loader accepts. The JSON Schema
 * (scenarios/schema/scenario.schema.json) names the same keys under {@code $defs}; a test checks they agree.
 */
public final class MissionKeys {
    /** A required and an optional key set. */
    public record Keys(Set<String> required, Set<String> optional) {}

    public static final Keys ROOT = new Keys(Set.of("kind", "id", "title", "description", "ships", "briefing", "triggers"),
            Set.of("random", "hulls", "decks", "people", "captives", "selfDestructs", "timers", "objectives"));
    public static final Keys RANDOM = new Keys(Set.of("name"), Set.of("uniform", "degrees", "integer"));
    public static final Keys SHIP = new Keys(Set.of("id", "name", "hull", "faction", "position"), Set.of("heading", "velocity", "crew", "bots"));
    public static final Keys POSITION = new Keys(Set.of(), Set.of("x", "y", "distance", "bearing"));
    public static final Keys VELOCITY = new Keys(Set.of("x", "y"), Set.of());
    public static final Keys AI = new Keys(Set.of("ai"), Set.of("escapeAfterSeconds", "pursue", "patrolRadius"));
    /** A player ship's bot crew ({@link BotProfileLoader}). */
    public static final Keys BOTS = new Keys(Set.of(), Set.of("reactionMs", "stations", "standoff", "evade", "evadeRange",
            "releaseRange", "torpedoes", "torpedoIntervalSeconds", "targetOrder", "cloakOnDrop"));
    /** The stations a {@code bots.stations} entry may name (see {@link BotProfileLoader#STATIONS}). */
    public static final Keys BOT_STATIONS = new Keys(Set.of(), Set.of("captain", "helm", "engineering", "science", "weapons", "awayTeam"));
    public static final Keys BOT_STATION = new Keys(Set.of(), Set.of("reactionMs"));
    public static final Keys DECK = new Keys(Set.of("ship"), Set.of("plan", "openAllDoors", "doors", "vacuum", "bodies"));
    public static final Keys PLAN = new Keys(Set.of("rooms", "doors"), Set.of());
    public static final Keys ROOM = new Keys(Set.of("id", "kind", "at"), Set.of("name", "subsystems"));
    public static final Keys DOOR = new Keys(Set.of("between", "at"), Set.of());
    public static final Keys PERSON = new Keys(Set.of("name", "party", "aboard", "room"), Set.of("character", "behaviour"));
    public static final Keys CAPTIVE = new Keys(Set.of("aboard", "room", "count"), Set.of());
    public static final Keys SELF_DESTRUCT = new Keys(Set.of("ship", "countdownSeconds", "blastRadius", "blastDamage"), Set.of());
    public static final Keys BRIEFING = new Keys(Set.of("target", "aim", "text"), Set.of());
    public static final Keys AIM = new Keys(Set.of(), Set.of("astern", "distance", "x", "y"));
    public static final Keys TIMER = new Keys(Set.of("name", "seconds"), Set.of("running"));
    public static final Keys TRIGGER = new Keys(Set.of("when", "do"), Set.of("if", "repeat"));
    public static final Keys WHEN = new Keys(Set.of(), Set.of("event", "ship", "timer", "target", "nearAim", "room", "flag"));
    public static final Keys CONDITION = new Keys(Set.of(), Set.of("teamLost", "teamAboard", "shipDerelict", "shipDestroyed",
            "criticalDestroyed", "timerRunning", "outcome", "objectiveDone", "not"));
    /** An entry of {@code objectives:} ({@link ObjectiveLoader}); {@code done} takes a trigger's {@code when} and {@code if}. */
    public static final Keys OBJECTIVE = new Keys(Set.of("id", "text", "done"), Set.of("ship"));
    public static final Keys OBJECTIVE_DONE = new Keys(Set.of(), Set.of("when", "if"));
    public static final Keys ACTION = new Keys(Set.of(), Set.of("outcome", "message", "startTimer", "stopTimer"));
    public static final Keys MESSAGE = new Keys(Set.of("ship", "from", "text"), Set.of());
    /** A file hull class: every field of {@link HullFields#HULL} and the lists, or a {@code base} and any of them. */
    public static final Keys HULL = new Keys(Set.of("id", "name"), union(Set.of("base", "jumpDrive", "maneuver", "torpedo",
            "subsystems", "mounts"), HullFields.keys(HullFields.HULL)));
    public static final Keys JUMP_DRIVE = new Keys(Set.of(), Set.copyOf(HullFields.keys(HullFields.JUMP_DRIVE)));
    public static final Keys MANEUVER = new Keys(Set.of(), Set.copyOf(HullFields.keys(HullFields.MANEUVER)));
    public static final Keys TORPEDO = new Keys(Set.of(), Set.copyOf(HullFields.keys(HullFields.TORPEDO)));
    public static final Keys SUBSYSTEM = new Keys(Set.of("id", "name", "kind", "class", "at", "maxHealth"), Set.of("powerDemand"));
    /** {@code damage} is required of beams and point defence and refused on torpedo tubes (their damage is the torpedo's). */
    public static final Keys MOUNT = new Keys(Set.of("id", "kind", "facing", "halfArc", "range", "cycleSeconds"), Set.of("damage"));

    /** Every key set by the name of its {@code $defs} entry in the JSON Schema. */
    public static final Map<String, Keys> BY_SCHEMA_DEF = Map.ofEntries(
            Map.entry("mission", ROOT), Map.entry("random", RANDOM), Map.entry("ship", SHIP),
            Map.entry("position", POSITION), Map.entry("velocity", VELOCITY), Map.entry("ai", AI),
            Map.entry("bots", BOTS), Map.entry("botStations", BOT_STATIONS), Map.entry("botStation", BOT_STATION),
            Map.entry("deck", DECK), Map.entry("deckPlan", PLAN), Map.entry("room", ROOM), Map.entry("door", DOOR),
            Map.entry("person", PERSON), Map.entry("captive", CAPTIVE),
            Map.entry("selfDestruct", SELF_DESTRUCT), Map.entry("briefing", BRIEFING), Map.entry("aim", AIM),
            Map.entry("timer", TIMER), Map.entry("trigger", TRIGGER),
            Map.entry("objective", OBJECTIVE), Map.entry("objectiveDone", OBJECTIVE_DONE), Map.entry("when", WHEN),
            Map.entry("condition", CONDITION), Map.entry("action", ACTION), Map.entry("message", MESSAGE),
            Map.entry("hull", HULL), Map.entry("jumpDrive", JUMP_DRIVE), Map.entry("maneuver", MANEUVER),
            Map.entry("torpedo", TORPEDO), Map.entry("subsystem", SUBSYSTEM), Map.entry("mount", MOUNT));

    private MissionKeys() {}

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
