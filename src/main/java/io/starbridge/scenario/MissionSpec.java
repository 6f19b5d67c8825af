package io.starbridge.scenario;

import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.HullClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mission as read from its file (format: docs/scenario-format.md), every name already checked. Ships
 * are referred to by their file ids ({@code vigil}); {@link MissionBuilder} turns the spec into a world.
 * Distances are metres, angles radians (the file gives degrees), times seconds. {@code hulls} are the
 * file's own hull classes (none for most files); ships name them or the built-in ones by id.
 */
public record MissionSpec(String id, String title, String description, List<RandomValue> random, List<ShipSpec> ships,
                          List<DeckSpec> decks, List<PersonSpec> people, List<CaptiveSpec> captives,
                          List<SelfDestructSpec> selfDestructs, BriefingSpec briefing, List<TimerSpec> timers,
                          List<TriggerSpec> triggers, List<ObjectiveSpec> objectives, List<HullClass> hulls) {
    /** Immutable throughout: the built-in specs are shared by every start of every thread. */
    public MissionSpec {
        random = List.copyOf(random);
        ships = List.copyOf(ships);
        decks = List.copyOf(decks);
        people = List.copyOf(people);
        captives = List.copyOf(captives);
        selfDestructs = List.copyOf(selfDestructs);
        timers = List.copyOf(timers);
        triggers = List.copyOf(triggers);
        objectives = List.copyOf(objectives);
        hulls = List.copyOf(hulls);
    }

    /** A ship's hull class: one of the file's own ({@code hulls}), else the built-in one of that id. */
    public HullClass hullClass(String id) {
        for (HullClass h : hulls) if (h.id().equals(id)) return h;
        return HullCatalog.byId(id);
    }

    /** How a random value is drawn from the world's seeded random. */
    public enum RandomKind {
        /** {@code nextDouble(min, max)}, metres or any plain number. */
        UNIFORM,
        /** {@code nextDouble(toRadians(min), toRadians(max))}: an angle, held in radians. */
        DEGREES,
        /** {@code min + nextInt(max - min + 1)}: a whole number, both ends included. */
        INTEGER
    }

    /** A value drawn once per mission start, in file order, before anything is placed. */
    public record RandomValue(String name, RandomKind kind, double min, double max) {}

    /** A number given in the file ({@code literal}) or the name of a random value. Exactly one is set. */
    public record Amount(Double literal, String random) {
        public double resolve(Map<String, Double> drawn) { return literal != null ? literal : drawn.get(random); }
    }

    /** Where a ship starts: {@code x, y}, or {@code distance} and {@code bearing} from the origin. */
    public record Position(Amount x, Amount y, Amount distance, Amount bearing) {}

    /** Who flies a ship. */
    public enum CrewKind { PLAYER, ENEMY_AI, NONE }

    /**
     * @param heading            radians, counter-clockwise from +x; the helm holds it
     * @param escapeAfterSeconds enemy AI: seconds from the first hit until it jumps away, 0 = never
     * @param pursue             enemy AI: chases what it sees rather than holding station
     * @param patrolRadius       enemy AI: metres it wanders around its start while it sees nothing
     * @param bots               a player ship: how its bot crew plays ({@link BotProfile#DRILLED} unless the file
     *                           sets {@code bots:}); null for a ship without {@code crew: player}
     */
    public record ShipSpec(String id, String name, String hull, int faction, Position position, Amount heading,
                           double vx, double vy, CrewKind crew, double escapeAfterSeconds, boolean pursue,
                           double patrolRadius, BotProfile bots) {}

    /**
     * The deck state of a boarded ship: its hull class's deck plan (or the file's own {@code plan}, else
     * null) with these doors, breaches and bodies.
     */
    public record DeckSpec(String ship, boolean openAllDoors, Map<String, DoorState> doors, List<String> vacuum,
                           Map<String, Integer> bodies, io.starbridge.sim.interior.DeckPlan plan) {
        public DeckSpec {
            doors = Collections.unmodifiableMap(new LinkedHashMap<>(doors));
            vacuum = List.copyOf(vacuum);
            bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
        }
    }

    /** What a character does on its own; NONE for an away-team member or a bystander. */
    public enum Behaviour { NONE, STRANGER_ALLY }

    /**
     * A person in a suit. An away-team member ({@code character} false) belongs to the crew of
     * {@code party}; a character is of that party's side but not crewed by the players.
     */
    public record PersonSpec(String name, String party, String aboard, String room, boolean character, Behaviour behaviour) {}

    public record CaptiveSpec(String aboard, String room, Amount count) {}

    /** @param countdownSeconds seconds from arming to detonation; blast radius metres; damage hull points at the centre */
    public record SelfDestructSpec(String ship, double countdownSeconds, double blastRadius, double blastDamage) {}

    /**
     * What the crew is told: the target ship, the hyperspace aim point, and the text with its
     * placeholders ({@code {km:NAME}}) still in it.
     *
     * @param astern      the aim point lies this ship's stern side, or null when {@code aimX, aimY} are given
     * @param asternMetres metres behind {@code astern}'s centre along its heading
     */
    public record BriefingSpec(String target, String astern, double asternMetres, Amount aimX, Amount aimY, String text) {}

    /** A named countdown; {@code running} timers start with the mission (at tick 0). */
    public record TimerSpec(String name, double seconds, boolean running) {}

    /**
     * The moment a trigger (or an objective) looks for: an event of the tick, or a timer running out. An
     * event may be narrowed (every narrowing given must match; null = not narrowed):
     *
     * @param ship    the event's acting ship: its {@code shipId}, or its {@code observerId} for events
     *                without a {@code shipId} (ScanCompleted, ContactDetected, ContactLost)
     * @param target  the ship the event is done to: its {@code targetId}, or {@code hostId} (Docked, Undocked)
     * @param nearAim metres, &gt; 0: the event's {@code x, y} lie within this distance of the briefing's aim point
     * @param room    the event's {@code roomId} (MemberMoved, BodyFound, CaptiveFound)
     * @param flag    the name of a boolean component of the event that must be true ({@code released} of
     *                WeaponsReleased, {@code critical} of SubsystemDestroyed …)
     */
    public record When(Class<? extends SimEvent> event, String ship, String timer, String target, Double nearAim,
                       String room, String flag) implements java.io.Serializable {
        /** An event of that type about that ship (or any ship if null), or a timer: no other narrowing. */
        public When(Class<? extends SimEvent> event, String ship, String timer) {
            this(event, ship, timer, null, null, null, null);
        }
    }

    /** One condition of a trigger's {@code if}; {@code not} conditions hold when their inner one does not. */
    public record Condition(String kind, String subject, List<Condition> not) implements java.io.Serializable {
        public Condition {
            not = List.copyOf(not);
        }
    }

    /**
     * One mission objective: a line on the crew's checklist, ticked once {@code when} (if given) has
     * happened on a tick whose {@code conditions} all hold; once done it stays done.
     *
     * @param ship       the player ship (file id) whose objective it is, or null for every player ship's
     * @param when       the event or timer it waits for, or null: done the first tick its conditions hold
     * @param conditions its {@code done.if}, empty when it has none (then {@code when} is given)
     */
    public record ObjectiveSpec(String id, String text, String ship, When when, List<Condition> conditions)
            implements java.io.Serializable {
        public ObjectiveSpec {
            conditions = List.copyOf(conditions);
        }
    }

    /** One thing a trigger does. */
    public sealed interface Action extends java.io.Serializable permits SetOutcome, SendMessage, StartTimer, StopTimer {}
    public record SetOutcome(String outcome) implements Action {}
    /** A comms message to a ship's stations (the {@code mission} channel), from a named speaker. */
    public record SendMessage(String ship, String from, String text) implements Action {}
    public record StartTimer(String timer) implements Action {}
    public record StopTimer(String timer) implements Action {}

    /** @param repeat fires on every tick it matches; otherwise at most once a mission */
    public record TriggerSpec(When when, List<Condition> conditions, List<Action> actions, boolean repeat) implements java.io.Serializable {
        public TriggerSpec {
            conditions = List.copyOf(conditions);
            actions = List.copyOf(actions);
        }
    }
}
