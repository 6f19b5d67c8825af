package io.starbridge.scenario;

import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.List;

/**
 * Beats 1–4 of "Last of Its Kind": the corvette Vigil, 3,000–4,000 km out, jumps in beside the
 * alien mothership, cloaks, scans and strikes. Ends {@code derelict} when the mothership is a
 * derelict, {@code defeat} when Vigil is destroyed, {@code escaped} when the mothership jumps away
 * after its repair clock ({@link #ESCAPE_AFTER_SECONDS} from its first hit) runs out.
 */
public final class StrikeScenario implements Scenario {
    public static final String ID = "strike";
    /** The mothership's repair clock, seconds from the first hit. */
    public static final double ESCAPE_AFTER_SECONDS = 240;
    /** Aim point distance behind the mothership's stern, metres: outside its bow battery's arc. */
    static final double AIM_BEHIND = 3_500;

    @Override public String id() { return ID; }

    @Override public String description() {
        return "Jump in beside the alien mothership, cloak, scan and strike its subsystems until it is a derelict";
    }

    @Override public Mission start(long seed, String size) {
        if (size != null) throw new IllegalArgumentException("scenario strike has no sizes");
        Setup setup = setUp(seed);
        int vigilId = setup.vigil().id(), enemyId = setup.enemy().id();
        return new Mission(ID, null, new Simulation(setup.world()), List.of(vigilId), setup.intel(),
                (w, events) -> outcome(events, vigilId, enemyId));
    }

    /** The strike's opening position: Vigil at the origin, the AI-crewed mothership far out, and the briefing. */
    record Setup(World world, Ship vigil, Ship enemy, Intel intel) {}

    /** Builds the strike's world for a seed (shared with the missions that continue it). */
    static Setup setUp(long seed) {
        World world = new World(seed);
        Ship vigil = world.addShip(id -> new Ship(id, "Vigil", 0, HullCatalog.CORVETTE));
        double distance = world.random().nextDouble(3.0e6, 4.0e6);
        double direction = world.random().nextDouble(-StrictMath.PI, StrictMath.PI);
        Ship enemy = world.addShip(id -> new Ship(id, "Mothership", 1, HullCatalog.MOTHERSHIP));
        enemy.motion.x = distance * StrictMath.cos(direction);
        enemy.motion.y = distance * StrictMath.sin(direction);
        enemy.motion.heading = world.random().nextDouble(-StrictMath.PI, StrictMath.PI);
        enemy.helm.targetHeading = enemy.motion.heading;
        vigil.motion.heading = direction;
        vigil.helm.targetHeading = direction;
        world.addCrew(new EnemyAi(enemy, new EnemyAi.Config(ESCAPE_AFTER_SECONDS, false, 0)));

        double aimX = enemy.motion.x - AIM_BEHIND * StrictMath.cos(enemy.motion.heading);
        double aimY = enemy.motion.y - AIM_BEHIND * StrictMath.sin(enemy.motion.heading);
        Intel intel = new Intel(enemy.id(), aimX, aimY, String.format(
                "The mothership holds position %.0f km out. Jump to %.0f, %.0f km — astern of it — cloak on the drop, "
                        + "scan, and strike its critical subsystems on the captain's order.",
                distance / 1000, aimX / 1000, aimY / 1000));
        return new Setup(world, vigil, enemy, intel);
    }

    static String outcome(List<SimEvent> events, int vigilId, int enemyId) {
        for (SimEvent e : events) {
            if (e instanceof ShipDestroyed d && d.shipId() == vigilId) return "defeat";
            if (e instanceof BecameDerelict d && d.shipId() == enemyId) return "derelict";
            if (e instanceof JumpStarted j && j.shipId() == enemyId) return "escaped";
        }
        return null;
    }
}
