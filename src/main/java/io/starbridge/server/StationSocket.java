package io.starbridge.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.TooManyRequestsResponse;
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
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code /ws} endpoint (socket threads): checks each upgrade (origin, connections per address),
 * decodes each frame, checks it against the seat (role permissions, values, rates) and either answers
 * at once or hands it to the game's tick thread. Nothing here touches a world.
 */
final class StationSocket {
    /** Consecutive bad messages after which a client is disconnected. */
    static final int MAX_BAD_IN_A_ROW = 50;
    /** Request attribute carrying the remote address from the upgrade to the socket's handlers. */
    private static final String ADDRESS_ATTRIBUTE = "starbridge.remoteAddress";

    private final GameRegistry games;
    private final ProtocolCodec codec;
    private final Permissions permissions;
    private final CommandAdmission admission;
    private final ServerMetrics metrics;
    private final ConnectionLimits limits;
    private final OriginPolicy origins;
    private final ConnectionLimitsPerAddress perAddress;
    /** Delays the closes of misbehaving connections until their explanation is written ({@link StationSession#closeAfterQueued}). */
    private final CloseTimer closeTimer;
    private final Map<String, StationSession> sessions = new ConcurrentHashMap<>();
    /** Session id → the remote address it is counted under. */
    private final Map<String, String> addresses = new ConcurrentHashMap<>();

    StationSocket(GameRegistry games, ProtocolCodec codec, Permissions permissions, ServerMetrics metrics, NetworkOptions network,
                  CloseTimer closeTimer) {
        this.games = games;
        this.closeTimer = closeTimer;
        this.codec = codec;
        this.permissions = permissions;
        this.admission = new CommandAdmission(permissions);
        this.metrics = metrics;
        this.limits = network.limits();
        this.origins = new OriginPolicy(network.allowedOrigins());
        this.perAddress = new ConnectionLimitsPerAddress(limits.connectionsPerAddress());
    }

    /**
     * Before the WebSocket upgrade of {@code /ws}: a foreign Origin is refused with 403 and an address
     * at its connection limit with 429, each with the reason as the body.
     */
    void beforeUpgrade(Context ctx) {
        String refused = origins.check(ctx.header("Origin"), ctx.header("Host"));
        if (refused != null) {
            metrics.limitHit("origin");
            throw refuse(ctx, new ForbiddenResponse(refused));
        }
        String address = ctx.ip();
        if (perAddress.full(address)) {
            metrics.limitHit("connections_per_address");
            throw refuse(ctx, new TooManyRequestsResponse(tooManyConnections()));
        }
        ctx.attribute(ADDRESS_ATTRIBUTE, address);
    }

    /**
     * Writes a refused upgrade's status and reason itself (Javalin sets only the status of an upgrade
     * that a handler refuses); @return the exception, to throw so the upgrade stops
     */
    private static HttpResponseException refuse(Context ctx, HttpResponseException refusal) {
        try {
            ctx.res().setStatus(refusal.getStatus());
            ctx.res().setContentType("text/plain; charset=utf-8");
            ctx.res().getOutputStream().write(refusal.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.res().flushBuffer();
        } catch (java.io.IOException e) {
            // the client is gone; the thrown refusal still stops the upgrade
        }
        return refusal;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setMaxTextMessageSize(ProtocolVersion.MAX_SOCKET_FRAME_BYTES);
            ctx.session.setMaxBinaryMessageSize(ProtocolVersion.MAX_SOCKET_FRAME_BYTES);
            ctx.session.setIdleTimeout(Duration.ofMinutes(10));
            StationSession s = new StationSession(ctx.sessionId(), ctx.session, metrics, closeTimer);
            sessions.put(ctx.sessionId(), s);
            metrics.stationConnected();
            String address = remoteAddress(ctx);
            addresses.put(ctx.sessionId(), address);
            if (!perAddress.open(address)) { // raced past the upgrade check
                metrics.limitHit("connections_per_address");
                send(s, new ServerMessage.Error(tooManyConnections()));
                s.closeAfterQueued(1008, "too many connections from your address");
            }
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            StationSession s = sessions.get(ctx.sessionId());
            if (s != null && admitted(s)) bad(s, "binary frames are not supported; send JSON text", null);
        });
        ws.onClose(ctx -> closed(ctx));
        ws.onError(ctx -> { /* onClose follows; nothing to add */ });
    }

    private String tooManyConnections() {
        return "too many connections from your address: at most " + perAddress.limit() + " at once";
    }

    private static String remoteAddress(WsContext ctx) {
        Object fromUpgrade = ctx.attribute(ADDRESS_ATTRIBUTE);
        if (fromUpgrade instanceof String a) return a;
        SocketAddress remote = ctx.session.getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }

    /**
     * Counts one received message against the connection's per-second limit; over it the client gets
     * an error and the connection is closed (1008). @return whether to handle the message
     */
    private boolean admitted(StationSession s) {
        metrics.receivedMessages.increment();
        s.received();
        if (s.closing()) return false; // its close is under way: nothing more is handled or counted
        if (s.admitMessage(System.currentTimeMillis(), limits.messagesPerSecond())) return true;
        metrics.limitHit("messages_per_second");
        metrics.rejectedMessages.increment();
        send(s, new ServerMessage.Error("flood: more than " + limits.messagesPerSecond()
                + " messages in one second; closing this connection"));
        s.closeAfterQueued(1008, "too many messages per second");
        return false;
    }

    private void receive(WsContext ctx, String text) {
        StationSession s = sessions.get(ctx.sessionId());
        if (s == null || !admitted(s)) return;
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
        CommandAdmission.Verdict verdict = admission.check(c, seat.shipId, seat.role, seat.memberId);
        if (!verdict.admitted()) return reject(s, c.seq(), verdict.reason());
        Command command = verdict.command();
        if (!s.admitCommand(System.currentTimeMillis()))
            return reject(s, c.seq(), "rate limit: at most " + StationSession.COMMANDS_PER_SECOND + " commands per second");
        if (!game.offerCommand(new Inbound.CommandIn(s, seat, c.seq(), command, c.reactions())))
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
        if (++s.badInARow >= MAX_BAD_IN_A_ROW) {
            metrics.limitHit("bad_messages_in_a_row");
            s.closeAfterQueued(1008, "too many bad messages");
        }
    }

    private void send(StationSession s, ServerMessage m) { s.send(codec.encode(m)); }

    private void closed(io.javalin.websocket.WsCloseContext ctx) {
        String address = addresses.remove(ctx.sessionId());
        if (address != null) perAddress.closed(address);
        if (ctx.status() == 1009) metrics.limitHit("frame_bytes"); // Jetty closed it: a frame over MAX_SOCKET_FRAME_BYTES
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
