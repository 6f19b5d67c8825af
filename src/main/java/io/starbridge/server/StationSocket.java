package io.starbridge.server;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.starbridge.protocol.ClientMessage;
import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.protocol.ClientMessage.GmAction;
import io.starbridge.protocol.ClientMessage.Hello;
import io.starbridge.protocol.ClientMessage.Leave;
import io.starbridge.protocol.ClientMessage.Ping;
import io.starbridge.protocol.ClientMessage.Resume;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ProtocolException;
import io.starbridge.protocol.ProtocolVersion;
import io.starbridge.protocol.ServerMessage;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code /ws} endpoint (socket threads): decodes each frame, checks it against the seat
 * (role permissions, values, rate) and either answers at once or hands it to the game's tick
 * thread. Nothing here touches a world.
 */
final class StationSocket {
    /** Consecutive bad messages after which a client is disconnected. */
    static final int MAX_BAD_IN_A_ROW = 50;

    private final GameRegistry games;
    private final ProtocolCodec codec;
    private final Permissions permissions;
    private final ServerMetrics metrics;
    private final Map<String, StationSession> sessions = new ConcurrentHashMap<>();

    StationSocket(GameRegistry games, ProtocolCodec codec, Permissions permissions, ServerMetrics metrics) {
        this.games = games;
        this.codec = codec;
        this.permissions = permissions;
        this.metrics = metrics;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setMaxTextMessageSize(ProtocolVersion.MAX_SOCKET_FRAME_BYTES);
            ctx.session.setMaxBinaryMessageSize(ProtocolVersion.MAX_SOCKET_FRAME_BYTES);
            ctx.session.setIdleTimeout(Duration.ofMinutes(10));
            sessions.put(ctx.sessionId(), new StationSession(ctx.sessionId(), ctx.session, metrics));
            metrics.stationConnected();
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            StationSession s = sessions.get(ctx.sessionId());
            if (s != null) bad(s, "binary frames are not supported; send JSON text", null);
        });
        ws.onClose(ctx -> closed(ctx));
        ws.onError(ctx -> { /* onClose follows; nothing to add */ });
    }

    private void receive(WsContext ctx, String text) {
        StationSession s = sessions.get(ctx.sessionId());
        if (s == null) return;
        metrics.receivedMessages.increment();
        ClientMessage message;
        try {
            message = codec.decode(text);
        } catch (ProtocolException e) {
            bad(s, e.reason(), e.seq());
            return;
        }
        try {
            String problem = handle(s, message);
            if (problem != null) bad(s, problem, null);
            else s.badInARow = 0;
        } catch (RuntimeException e) {
            bad(s, "internal error: " + e.getClass().getSimpleName(), null);
            org.slf4j.LoggerFactory.getLogger(StationSocket.class).warn("message failed", e);
        }
    }

    /** @return an error reason, or null when handled (including a {@code rejected} already sent) */
    private String handle(StationSession s, ClientMessage message) {
        if (message instanceof Ping p) {
            Game g = s.game;
            send(s, new ServerMessage.Pong(p.clientTimeMs(), System.currentTimeMillis(), g == null ? 0 : g.tick()));
            return null;
        }
        if (message instanceof Hello h) return hello(s, h);
        if (message instanceof Resume r) return resume(s, r);
        Seat seat = s.seat;
        Game game = s.game;
        if (seat == null || game == null) return "join first: send hello or resume";
        if (message instanceof CommandMessage c) return command(s, seat, game, c);
        if (message instanceof GmAction a) {
            if (seat.role != Role.GAME_MASTER) return reject(s, a.seq(), seat.role + " may not send game-master actions");
            if (!game.offerCommand(new Inbound.GmIn(s, seat, a))) return reject(s, a.seq(), "server busy: try again");
            return null;
        }
        if (message instanceof Leave) {
            game.seats().release(seat, s);
            s.seat = null;
            s.game = null;
            game.offerControl(new Inbound.Detach(s));
            return null;
        }
        return "unexpected message";
    }

    private String hello(StationSession s, Hello h) {
        if (s.seat != null) return "already seated; send leave first";
        if (h.v() != ProtocolVersion.CURRENT)
            return "unsupported protocol version " + h.v() + "; this server speaks " + ProtocolVersion.CURRENT;
        Game game = games.get(h.gameId());
        if (game == null) return "no game '" + h.gameId() + "'";
        Seat seat;
        try {
            seat = game.seats().take(h, game.hasShip(h.shipId()), permissions, System.currentTimeMillis());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        game.seats().attach(seat, s);
        seated(s, game, seat);
        return null;
    }

    private String resume(StationSession s, Resume r) {
        if (s.seat != null) return "already seated; send leave first";
        if (r.v() != ProtocolVersion.CURRENT)
            return "unsupported protocol version " + r.v() + "; this server speaks " + ProtocolVersion.CURRENT;
        Game game = games.byToken(r.token());
        if (game == null) return "unknown or expired resume token";
        SeatBook.Resumed resumed;
        try {
            resumed = game.seats().resume(r.token(), s, System.currentTimeMillis());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        StationSession previous = resumed.previous();
        if (previous != null) {
            previous.seat = null;
            previous.game = null;
            game.offerControl(new Inbound.Detach(previous));
            previous.close(4000, "your seat was resumed on another connection");
        }
        seated(s, game, resumed.seat());
        return null;
    }

    private void seated(StationSession s, Game game, Seat seat) {
        s.seat = seat;
        s.game = game;
        game.offerControl(new Inbound.Join(s, seat));
    }

    private String command(StationSession s, Seat seat, Game game, CommandMessage c) {
        Command command;
        try {
            command = CommandCodec.decode(c.type(), c.fields(), new CommandOrigin(seat.shipId, seat.role, seat.memberId, c.seq()));
        } catch (IllegalArgumentException e) {
            return reject(s, c.seq(), e.getMessage());
        }
        String reason = permissions.checkCommand(seat.role, command);
        if (reason == null) reason = command.checkValues();
        if (reason != null) return reject(s, c.seq(), c.type() + ": " + reason);
        if (!s.admitCommand(System.currentTimeMillis()))
            return reject(s, c.seq(), "rate limit: at most " + StationSession.COMMANDS_PER_SECOND + " commands per second");
        if (!game.offerCommand(new Inbound.CommandIn(s, seat, c.seq(), command)))
            return reject(s, c.seq(), "server busy: the command queue is full, try again");
        return null;
    }

    /** Sends {@code rejected}; counts as a bad message. @return null (the answer is sent) */
    private String reject(StationSession s, long seq, String reason) {
        metrics.rejectedMessages.increment();
        send(s, new ServerMessage.Rejected(seq, reason, -1));
        return null;
    }

    private void bad(StationSession s, String reason, Long seq) {
        metrics.rejectedMessages.increment();
        send(s, seq != null ? new ServerMessage.Rejected(seq, reason, -1) : new ServerMessage.Error(reason));
        if (++s.badInARow >= MAX_BAD_IN_A_ROW) s.close(1008, "too many bad messages");
    }

    private void send(StationSession s, ServerMessage m) { s.send(codec.encode(m)); }

    private void closed(WsContext ctx) {
        StationSession s = sessions.remove(ctx.sessionId());
        if (s == null) return;
        s.closed = true;
        metrics.stationDisconnected();
        Seat seat = s.seat;
        Game game = s.game;
        if (seat != null && game != null) {
            game.seats().detach(seat, s, System.currentTimeMillis());
            game.offerControl(new Inbound.Detach(s));
        }
    }
}
