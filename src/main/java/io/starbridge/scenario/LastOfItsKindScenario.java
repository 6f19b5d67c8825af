package io.starbridge.scenario;

import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.ai.StrangerAlly;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.Ship;
import java.util.List;

/**
 * The reference mission, beats 1–9: the strike of {@link StrikeScenario}, then boarding the derelict
 * mothership. Vigil's away team ({@link #TEAM} members, in its airlock) crosses into the dark hull;
 * on the enemy bridge two strangers in white are at work, one of whom is the second hand on the
 * self-destruct ({@link StrangerAlly}); the seed decides whether 0, 1 or 2 captives are left in the
 * cells. The forward bulkhead is locked, the bridge door jammed, weapons control breached (vacuum).
 * The mothership's self-destruct counts down {@link #COUNTDOWN_SECONDS}; its blast reaches
 * {@link #BLAST_RADIUS} m.
 *
 * <p>Outcomes: {@code victory} (mothership destroyed, no crew lost), {@code partial} (destroyed, crew
 * lost), {@code defeat} (Vigil destroyed), {@code escaped} (the mothership jumped away).
 */
public final class LastOfItsKindScenario implements Scenario {
    public static final String ID = "last-of-its-kind";
    public static final int TEAM = 4;
    public static final double COUNTDOWN_SECONDS = 600;
    public static final double BLAST_RADIUS = 5_000;
    /** Hull points at the heart of the blast: a corvette (700) within about 3 km is lost. */
    public static final double BLAST_DAMAGE = 2_500;
    static final List<String> TEAM_NAMES = List.of("Okafor", "Lindqvist", "Marsh", "Tanaka");

    @Override public String id() { return ID; }

    @Override public String description() {
        return "The whole mission: strike the mothership, board the derelict, self-destruct it with the strangers and escape";
    }

    @Override public Mission start(long seed, String size) {
        if (size != null) throw new IllegalArgumentException("scenario " + ID + " has no sizes");
        StrikeScenario.Setup setup = StrikeScenario.setUp(seed);
        World world = setup.world();
        Ship vigil = setup.vigil(), enemy = setup.enemy();
        Interiors interiors = world.interiors();

        ShipInterior own = interiors.fit(vigil);
        for (var door : own.plan().doors()) own.setDoor(door.id(), DoorState.OPEN);
        ShipInterior hull = interiors.fit(enemy);
        hull.setDoor("corridor-mid/corridor-fore", DoorState.LOCKED)
                .setDoor("corridor-fore/bridge", DoorState.JAMMED)
                .setVacuum("weapons-control", true)
                .addBodies("weapons-control", 3).addBodies("corridor-fore", 1).addBodies("quarters", 2)
                .addBodies("bridge", 2).addBodies("reactor-room", 1);
        for (int i = 0; i < TEAM; i++) interiors.addMember(vigil.id(), TEAM_NAMES.get(i), vigil.id(), "airlock", false);
        AwayMember stranger = interiors.addMember(enemy.id(), "Stranger in white", enemy.id(), "bridge", true);
        interiors.addMember(enemy.id(), "Second stranger in white", enemy.id(), "bridge", true);
        int captives = world.random().nextInt(3);
        for (int i = 0; i < captives; i++) interiors.addCaptive(enemy.id(), "cells");
        world.addCrew(new StrangerAlly(enemy.id(), stranger.id()));

        world.selfDestructs().install(enemy.id(), COUNTDOWN_SECONDS, BLAST_RADIUS, BLAST_DAMAGE);
        world.selfDestructs().install(vigil.id(), 120, 2_000, 1_500);

        Intel intel = new Intel(enemy.id(), setup.intel().aimX(), setup.intel().aimY(), setup.intel().briefing()
                + " When it is a derelict: dock, board it, search for captives, reach its bridge, set its self-destruct"
                + " with whoever you find there, and get everyone home before it blows.");
        int vigilId = vigil.id(), enemyId = enemy.id();
        return new Mission(ID, null, new Simulation(world), List.of(vigilId), intel,
                (w, events) -> outcome(w, events, vigilId, enemyId));
    }

    static String outcome(World world, List<SimEvent> events, int vigilId, int enemyId) {
        boolean enemyGone = false, escaped = false;
        for (SimEvent e : events) {
            if (e instanceof ShipDestroyed d && d.shipId() == vigilId) return "defeat";
            if (e instanceof ShipDestroyed d && d.shipId() == enemyId) enemyGone = true;
            if (e instanceof JumpStarted j && j.shipId() == enemyId) escaped = true;
        }
        if (escaped) return "escaped";
        if (!enemyGone) return null;
        for (AwayMember m : world.interiors().team(vigilId)) if (!m.alive()) return "partial";
        return "victory";
    }
}
