package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.Hello;
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who sits where in one game, the crew codes and the resume tokens. Socket threads take, resume
 * and detach seats; every method is synchronized, none is called from the tick thread's hot path.
 */
final class SeatBook {
    /** What {@link #resume} found: the seat, and the socket it was taken from (or null). */
    record Resumed(Seat seat, StationSession previous) {}

    /** A seat as listed by the games API. */
    record Taken(int shipId, Role role, String name, boolean connected) {}

    /** What survives a crash (DATA/games/ID.json, {@link SeatFile}): codes, people, seats and tokens. */
    record Saved(boolean open, Map<Integer, String> crewCodes, String gameMasterCode,
                 Map<String, String> memberByPerson, int nextMember, List<SavedSeat> seats) {}

    /** @param heldUntilMs wall ms the seat is held until, 0 while a socket is on it */
    record SavedSeat(String token, int shipId, Role role, String memberId, String name, long heldUntilMs) {}

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    /**
     * Crew and game-master codes: 20 symbols of a 32-symbol alphabet = 100 random bits (SecureRandom),
     * beyond guessing at any rate a network allows. Players take them from the lobby link or QR code.
     */
    static final int CODE_LENGTH = 20;

    private final SecureRandom random;
    private final boolean open;
    private final long holdMs;
    private final Set<Integer> playerShipIds;
    /** Player ship id → its crew code. Never leaves the server except to the game's creator. */
    private final Map<Integer, String> crewCodes = new HashMap<>();
    private final String gameMasterCode;
    private final Map<String, Seat> byToken = new HashMap<>();
    /**
     * Person id (from hello) → member id, for the whole game: every seat one person holds, at once or
     * later, is the same member, so the two-person rule cannot be met by one person on two seats.
     */
    private final Map<String, String> memberByPerson = new HashMap<>();
    private int nextMember = 1;
    /** Told the seats after every change (under this book's lock, so saves are in order). */
    private Consumer<Saved> onChange = saved -> { };

    SeatBook(SecureRandom random, boolean open, long holdMs, List<Integer> playerShipIds) {
        this.random = random;
        this.open = open;
        this.holdMs = holdMs;
        this.playerShipIds = Set.copyOf(playerShipIds);
        for (int id : playerShipIds) crewCodes.put(id, code(CODE_LENGTH));
        this.gameMasterCode = code(CODE_LENGTH);
    }

    /**
     * The seats of a game recovered after a crash: every seat is held (nobody is connected to a new
     * process) for a full hold from now, except one whose hold had already run out.
     */
    SeatBook(SecureRandom random, Saved saved, long holdMs, List<Integer> playerShipIds, long nowMs) {
        this.random = random;
        this.open = saved.open();
        this.holdMs = holdMs;
        this.playerShipIds = Set.copyOf(playerShipIds);
        this.crewCodes.putAll(saved.crewCodes());
        this.gameMasterCode = saved.gameMasterCode();
        this.memberByPerson.putAll(saved.memberByPerson());
        this.nextMember = saved.nextMember();
        for (SavedSeat s : saved.seats()) {
            if (s.heldUntilMs() != 0 && s.heldUntilMs() < nowMs) continue;
            Seat seat = new Seat(s.shipId(), s.role(), s.memberId(), s.name(), s.token());
            seat.heldUntilMs = nowMs + holdMs;
            byToken.put(tokenKey(seat.token), seat);
        }
    }

    /** Saves the book now and after every change from here on. */
    synchronized void persistTo(Consumer<Saved> save) {
        onChange = save;
        changed();
    }

    /** The seat of a member on a ship in a role, or null (recovery: which seat sent a journaled command). */
    synchronized Seat seatOf(String memberId, int shipId, Role role) {
        for (Seat s : byToken.values()) if (s.memberId.equals(memberId) && s.shipId == shipId && s.role == role) return s;
        return null;
    }

    private void changed() {
        List<SavedSeat> list = new ArrayList<>();
        for (Seat s : byToken.values())
            list.add(new SavedSeat(s.token, s.shipId, s.role, s.memberId, s.name, s.session == null ? s.heldUntilMs : 0));
        onChange.accept(new Saved(open, Map.copyOf(crewCodes), gameMasterCode, Map.copyOf(memberByPerson), nextMember, list));
    }

    boolean open() { return open; }

    synchronized Map<Integer, String> crewCodes() { return Map.copyOf(crewCodes); }

    String gameMasterCode() { return gameMasterCode; }

    /**
     * @param shipExists whether the hello's ship exists in the world
     * @return the new seat
     * @throws IllegalArgumentException with the reason the seat cannot be had
     */
    synchronized Seat take(Hello h, boolean shipExists, Permissions permissions, long nowMs) {
        if (!shipExists) throw new IllegalArgumentException("there is no ship " + h.shipId() + " in this game");
        boolean player = playerShipIds.contains(h.shipId());
        if (permissions.needsPlayerShip(h.role()) && !player)
            throw new IllegalArgumentException(h.role() + " needs a player ship; player ships: " + playerShipIds);
        checkCode(h, player);
        expire(nowMs);
        if (!permissions.shared(h.role())) {
            for (Seat s : byToken.values()) {
                boolean sameSeat = h.role() == Role.GAME_MASTER ? s.role == Role.GAME_MASTER
                        : s.role == h.role() && s.shipId == h.shipId();
                if (sameSeat) throw new IllegalArgumentException(h.role() + " of ship " + h.shipId() + " is taken by "
                        + s.name + (s.session == null ? " (held for their reconnect)" : ""));
            }
        }
        String memberId = h.personId() == null ? "m" + nextMember++
                : memberByPerson.computeIfAbsent(h.personId(), p -> "m" + nextMember++);
        Seat seat = new Seat(h.shipId(), h.role(), memberId, h.name(), token());
        // held until its socket is attached: another hello's expire() between take and attach must not drop it
        seat.heldUntilMs = nowMs + holdMs;
        byToken.put(tokenKey(seat.token), seat);
        changed(); // saved before the welcome carries the token out
        return seat;
    }

    private void checkCode(Hello h, boolean player) {
        if (open) return;
        String code = h.crewCode().replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT); // typed with spaces or dashes
        boolean ok;
        if (h.role() == Role.GAME_MASTER) ok = sameSecret(gameMasterCode, code);
        else if (h.role() == Role.OBSERVER) {
            ok = sameSecret(gameMasterCode, code);
            for (String c : crewCodes.values()) ok |= sameSecret(c, code); // every code compared: no early exit
        } else ok = player && sameSecret(crewCodes.get(h.shipId()), code);
        if (!ok) throw new IllegalArgumentException("wrong crew code for " + h.role() + " of ship " + h.shipId());
    }

    /** Attaches a socket to a seat it just took. */
    synchronized void attach(Seat seat, StationSession session) { seat.session = session; }

    /**
     * Gives a held (or still attached) seat to a new socket.
     * @throws IllegalArgumentException if the token is unknown or its hold ran out
     */
    synchronized Resumed resume(String token, StationSession session, long nowMs) {
        expire(nowMs);
        Seat seat = byToken.get(tokenKey(token));
        if (seat == null || !sameSecret(seat.token, token)) throw new IllegalArgumentException("unknown or expired resume token");
        StationSession previous = seat.session;
        seat.session = session;
        if (previous == null) changed();
        return new Resumed(seat, previous == session ? null : previous);
    }

    synchronized boolean hasToken(String token) { return byToken.containsKey(tokenKey(token)); }

    /** The socket closed without leave: hold the seat for a reconnect. */
    synchronized void detach(Seat seat, StationSession session, long nowMs) {
        if (seat.session != session) return; // already resumed on another socket
        seat.session = null;
        seat.heldUntilMs = nowMs + holdMs;
        changed();
    }

    /** The person left: the seat is free and its token dead. */
    synchronized void release(Seat seat, StationSession session) {
        if (seat.session == session && byToken.remove(tokenKey(seat.token)) != null) changed();
    }

    synchronized List<Taken> taken(long nowMs) {
        expire(nowMs);
        List<Taken> out = new ArrayList<>();
        for (Seat s : byToken.values()) out.add(new Taken(s.shipId, s.role, s.name, s.session != null));
        out.sort((a, b) -> a.shipId() != b.shipId() ? Integer.compare(a.shipId(), b.shipId()) : a.role().compareTo(b.role()));
        return out;
    }

    private void expire(long nowMs) {
        boolean removed = false;
        for (Iterator<Seat> it = byToken.values().iterator(); it.hasNext(); ) {
            Seat s = it.next();
            if (s.session == null && s.heldUntilMs < nowMs) { it.remove(); removed = true; }
        }
        if (removed) changed();
    }

    /**
     * The map key of a resume token: its SHA-256. Looking a client's token up by its digest means the
     * lookup's timing can only tell an attacker about digests, never about a real token's characters.
     */
    private static String tokenKey(String token) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time comparison of a secret with what a client sent (MessageDigest.isEqual). */
    private static boolean sameSecret(String secret, String sent) {
        if (secret == null || sent == null) return false;
        return java.security.MessageDigest.isEqual(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** 128 random bits as 32 hex digits. */
    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String code(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        return sb.toString();
    }
}
