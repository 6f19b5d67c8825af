package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.BriefingSpec;
import io.starbridge.scenario.MissionSpec.CaptiveSpec;
import io.starbridge.scenario.MissionSpec.CrewKind;
import io.starbridge.scenario.MissionSpec.DeckSpec;
import io.starbridge.scenario.MissionSpec.PersonSpec;
import io.starbridge.scenario.MissionSpec.RandomValue;
import io.starbridge.scenario.MissionSpec.SelfDestructSpec;
import io.starbridge.scenario.MissionSpec.ShipSpec;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.ai.StrangerAlly;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Builds the starting world of a {@link MissionSpec} for a seed. The order is fixed, because the seeded
 * random and the ids depend on it: (1) random values in file order; (2) ships in file order (ids 1, 2, …),
 * placed and headed; (3) the ships' AI crews in ship order; (4) deck states; (5) people in file order
 * (their member ids follow); (6) captives; (7) the characters' behaviours in people order; (8)
 * self-destructs; (9) the briefing. Steps 2–9 draw nothing from the random.
 */
final class MissionBuilder {
    private MissionBuilder() {}

    static Mission build(MissionSpec spec, long seed) {
        World world = new World(seed);
        for (io.starbridge.sim.ship.HullClass hull : spec.hulls()) world.offerHullClass(hull); // a game master may spawn them too
        Map<String, Double> drawn = new LinkedHashMap<>();
        for (RandomValue v : spec.random()) drawn.put(v.name(), draw(world, v));

        Map<String, Ship> ships = new LinkedHashMap<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Integer> players = new ArrayList<>();
        Map<Integer, BotProfile> botProfiles = new LinkedHashMap<>();
        for (ShipSpec s : spec.ships()) {
            Ship ship = world.addShip(id -> new Ship(id, s.name(), s.faction(), world.hullClass(s.hull())));
            var p = s.position();
            if (p.x() != null) {
                ship.motion.x = p.x().resolve(drawn);
                ship.motion.y = p.y().resolve(drawn);
            } else {
                double distance = p.distance().resolve(drawn), bearing = p.bearing().resolve(drawn);
                ship.motion.x = distance * StrictMath.cos(bearing);
                ship.motion.y = distance * StrictMath.sin(bearing);
            }
            ship.motion.vx = s.vx();
            ship.motion.vy = s.vy();
            ship.motion.heading = s.heading().resolve(drawn);
            ship.helm.targetHeading = ship.motion.heading;
            ships.put(s.id(), ship);
            ids.put(s.id(), ship.id());
            if (s.crew() == CrewKind.PLAYER) {
                players.add(ship.id());
                botProfiles.put(ship.id(), s.bots());
            }
        }
        for (ShipSpec s : spec.ships())
            if (s.crew() == CrewKind.ENEMY_AI)
                world.addCrew(new EnemyAi(ships.get(s.id()), new EnemyAi.Config(s.escapeAfterSeconds(), s.pursue(), s.patrolRadius())));

        var interiors = world.interiors();
        for (DeckSpec d : spec.decks()) {
            ShipInterior interior = d.plan() != null ? interiors.fit(ships.get(d.ship()), d.plan()) : interiors.fit(ships.get(d.ship()));
            if (d.openAllDoors()) for (var door : interior.plan().doors()) interior.setDoor(door.id(), DoorState.OPEN);
            d.doors().forEach(interior::setDoor);
            for (String room : d.vacuum()) interior.setVacuum(room, true);
            d.bodies().forEach(interior::addBodies);
        }
        List<AwayMember> members = new ArrayList<>();
        for (PersonSpec p : spec.people())
            members.add(interiors.addMember(ids.get(p.party()), p.name(), ids.get(p.aboard()), p.room(), p.character()));
        for (CaptiveSpec c : spec.captives()) {
            long count = Math.round(c.count().resolve(drawn));
            for (int i = 0; i < count; i++) interiors.addCaptive(ids.get(c.aboard()), c.room());
        }
        for (int i = 0; i < spec.people().size(); i++)
            if (spec.people().get(i).behaviour() == MissionSpec.Behaviour.STRANGER_ALLY)
                world.addCrew(new StrangerAlly(ids.get(spec.people().get(i).aboard()), members.get(i).id()));
        for (SelfDestructSpec s : spec.selfDestructs())
            world.selfDestructs().install(ids.get(s.ship()), s.countdownSeconds(), s.blastRadius(), s.blastDamage());

        Intel intel = intel(spec.briefing(), ships, ids, drawn);
        return new Mission(spec.id(), new Simulation(world), players, intel, new MissionScript(spec.triggers(), spec.timers(), spec.objectives(), ids,
                intel.aimX(), intel.aimY()),
                botProfiles);
    }

    private static double draw(World world, RandomValue v) {
        return switch (v.kind()) {
            case UNIFORM -> world.random().nextDouble(v.min(), v.max());
            case DEGREES -> world.random().nextDouble(StrictMath.toRadians(v.min()), StrictMath.toRadians(v.max()));
            case INTEGER -> v.min() + world.random().nextInt((int) (v.max() - v.min()) + 1);
        };
    }

    private static Intel intel(BriefingSpec b, Map<String, Ship> ships, Map<String, Integer> ids, Map<String, Double> drawn) {
        double aimX, aimY;
        if (b.astern() != null) {
            Ship ref = ships.get(b.astern());
            aimX = ref.motion.x - b.asternMetres() * StrictMath.cos(ref.motion.heading);
            aimY = ref.motion.y - b.asternMetres() * StrictMath.sin(ref.motion.heading);
        } else {
            aimX = b.aimX().resolve(drawn);
            aimY = b.aimY().resolve(drawn);
        }
        Map<String, Double> values = new LinkedHashMap<>(drawn);
        values.put("aim.x", aimX);
        values.put("aim.y", aimY);
        Matcher m = MissionLoader.PLACEHOLDER.matcher(b.text());
        StringBuilder text = new StringBuilder();
        while (m.find()) m.appendReplacement(text, Matcher.quoteReplacement(String.format(Locale.ROOT, "%.0f", values.get(m.group(1)) / 1000)));
        m.appendTail(text);
        return new Intel(ids.get(b.target()), aimX, aimY, text.toString());
    }
}
