package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.GmAction;
import io.starbridge.protocol.ServerMessage;
import io.starbridge.sim.World;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SpawnShip;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The game master's actions, taken on the tick thread at the tick boundary: pause, resume and
 * message change the server's state; save writes the game so far to DATA/saves; spawn becomes a
 * {@link SpawnShip} command.
 */
final class GameMaster {
    private final Game game;

    GameMaster(Game game) {
        this.game = game;
    }

    /**
     * Applies pause, resume and message at once (server state, not world state); turns a spawn into the
     * {@link SpawnShip} command it stands for, so it is journaled, acknowledged, replayed and recovered
     * like any command (an unknown hull comes back as that command's rejection).
     * @return the spawn command to apply this tick, or null when the action is done or rejected
     */
    Inbound.CommandIn apply(Inbound.GmIn in, World world, long applyTick) {
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
            case "save" -> {
                details.put("name", a.name());
                reason = game.save(a.name());
            }
            case "spawn" -> {
                CommandOrigin origin = new CommandOrigin(in.seat().shipId, Role.GAME_MASTER, in.seat().memberId, a.seq());
                // a game master spawns ships to fight: they get an AI crew
                SpawnShip spawn = new SpawnShip(origin, a.hull(), a.name(), a.faction(), a.x(), a.y(), true);
                String bad = spawn.checkValues();
                if (bad == null) return new Inbound.CommandIn(in.session(), in.seat(), a.seq(), spawn);
                reason = bad;
            }
            default -> reason = "unknown action " + a.action();
        }
        if (reason != null) {
            in.session().send(game.codecForGm().encode(new ServerMessage.Rejected(a.seq(), reason, -1)));
            return null;
        }
        game.journal().gameMaster(applyTick, in.seat().memberId, a.action(), details);
        in.session().send(game.codecForGm().encode(new ServerMessage.Ack(a.seq(), applyTick)));
        return null;
    }
}
