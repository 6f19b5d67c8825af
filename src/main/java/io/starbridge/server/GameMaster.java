package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.GmAction;
import io.starbridge.protocol.ServerMessage;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The game master's server-side actions, applied on the tick thread at the tick boundary and
 * journaled like commands: pause, resume, message, spawn.
 */
final class GameMaster {
    private final Game game;

    GameMaster(Game game) {
        this.game = game;
    }

    void apply(Inbound.GmIn in, World world, long applyTick) {
        GmAction a = in.action();
        String reason = null;
        Map<String, Object> details = new LinkedHashMap<>();
        switch (a.action()) {
            case "pause" -> game.setPaused(true, world.tick());
            case "resume" -> game.setPaused(false, world.tick());
            case "message" -> {
                details.put("text", a.text());
                game.setMessage(a.text(), world.tick());
            }
            case "spawn" -> {
                HullClass hull;
                try { hull = HullCatalog.byId(a.hull()); }
                catch (IllegalArgumentException e) { hull = null; reason = e.getMessage(); }
                if (hull != null) {
                    HullClass h = hull;
                    // between ticks: World.addShip is allowed here, and the journal replays it at this boundary
                    Ship ship = world.addShip(id -> new Ship(id, a.name(), a.faction(), h));
                    ship.motion.x = a.x();
                    ship.motion.y = a.y();
                    details.put("hull", a.hull());
                    details.put("name", a.name());
                    details.put("faction", a.faction());
                    details.put("x", a.x());
                    details.put("y", a.y());
                    details.put("shipId", ship.id());
                    game.refreshShipSummaries();
                }
            }
            default -> reason = "unknown action " + a.action();
        }
        if (reason != null) {
            in.session().send(game.codecForGm().encode(new ServerMessage.Rejected(a.seq(), reason, -1)));
            return;
        }
        game.journal().gameMaster(applyTick, in.seat().memberId, a.action(), details);
        in.session().send(game.codecForGm().encode(new ServerMessage.Ack(a.seq(), applyTick)));
    }
}
