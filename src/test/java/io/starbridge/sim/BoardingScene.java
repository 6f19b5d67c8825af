package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.function.Function;

/**
 * A boarding scene for behaviour tests: Vigil at rest 70 m off the hull of a mothership (no AI), both
 * fitted with their deck plans, Vigil's doors all open, the mothership's as the plan has them (closed);
 * an away team of two in Vigil's airlock.
 */
final class BoardingScene {
    final SimHarness sim = SimHarness.seeded(5);
    final Ship vigil = sim.spawn(HullCatalog.CORVETTE, SimHarness.PLAYERS, 0, 0, 0);
    final Ship enemy = sim.spawn(HullCatalog.MOTHERSHIP, SimHarness.ENEMY, 1_000, 0, 0);
    final ShipInterior own = sim.world().interiors().fit(vigil);
    final ShipInterior hull = sim.world().interiors().fit(enemy);
    final AwayMember first, second;
    private long seq;

    BoardingScene() {
        for (var door : own.plan().doors()) own.setDoor(door.id(), io.starbridge.sim.interior.DoorState.OPEN);
        first = sim.world().interiors().addMember(vigil.id(), "Okafor", vigil.id(), "airlock", false);
        second = sim.world().interiors().addMember(vigil.id(), "Lindqvist", vigil.id(), "airlock", false);
    }

    /** Sends a command for the next tick as a person at a station of a ship. */
    <C extends Command> C send(int shipId, Role role, String person, Function<CommandOrigin, C> build) {
        return sim.send(build.apply(new CommandOrigin(shipId, role, person, ++seq)));
    }

    /** Sends as Vigil's away-team station (one person, "away"). */
    <C extends Command> C away(Function<CommandOrigin, C> build) {
        return send(vigil.id(), Role.AWAY_TEAM, "away", build);
    }

    String roomOf(AwayMember m) {
        return sim.world().interiors().interior(m.shipId()).plan().room(m.room()).id();
    }
}
