package io.starbridge.server;

import io.javalin.http.Context;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ProtocolException;
import io.starbridge.scenario.Scenario;
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP endpoints besides static files: health, metrics, games, roles (docs/protocol.md §7). */
final class HttpApi {
    private static final String JSON = "application/json";

    private final GameRegistry games;
    private final ProtocolCodec codec;
    private final ServerMetrics metrics;
    private final Permissions permissions;
    private final long startedMs = System.currentTimeMillis();

    HttpApi(GameRegistry games, ProtocolCodec codec, ServerMetrics metrics, Permissions permissions) {
        this.games = games;
        this.codec = codec;
        this.metrics = metrics;
        this.permissions = permissions;
    }

    void health(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("games", games.all().size());
        m.put("stations", metrics.stationsConnected());
        m.put("uptimeSeconds", (System.currentTimeMillis() - startedMs) / 1000);
        ctx.contentType(JSON).result(codec.json(m));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    void listGames(Context ctx) {
        List<Object> out = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Game g : games.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("scenario", g.scenarioId());
            if (g.drillId() != null) m.put("drill", g.drillId());
            m.put("tick", g.tick());
            m.put("open", g.open());
            m.put("paused", g.paused());
            m.put("outcome", g.outcome());
            m.put("ships", g.shipSummaries());
            List<Object> stations = new ArrayList<>();
            for (SeatBook.Taken t : g.seats().taken(now)) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("shipId", t.shipId());
                s.put("role", t.role().name());
                s.put("name", t.name());
                s.put("connected", t.connected());
                stations.add(s);
            }
            m.put("stations", stations);
            out.add(m);
        }
        ctx.contentType(JSON).result(codec.json(out));
    }

    void createGame(Context ctx) {
        String scenario, drill, size;
        Long seed;
        boolean open;
        try {
            JsonBody body = JsonBody.of(codec, ctx.body());
            scenario = body.text("scenario", "strike");
            drill = body.text("drill", null);
            seed = body.wholeNumber("seed");
            size = body.text("size", null);
            open = body.flag("open", false);
        } catch (ProtocolException e) {
            ctx.status(400).contentType(JSON).result(codec.json(Map.of("error", e.reason())));
            return;
        }
        Game game;
        try {
            game = drill != null ? games.createDrill(drill, seed, open) : games.create(scenario, seed, size, open);
        } catch (IllegalArgumentException e) {
            ctx.status(400).contentType(JSON).result(codec.json(Map.of("error", e.getMessage())));
            return;
        }
        ctx.status(201).contentType(JSON).result(codec.json(created(game, open)));
    }

    /**
     * What the creator of a game is told, once: its id and its codes (the only answer that carries
     * crew codes; the creator hands them to the crews).
     */
    static Map<String, Object> created(Game game, boolean open) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", game.id());
        m.put("scenario", game.scenarioId());
        m.put("open", open);
        m.put("tick", game.tick());
        m.put("paused", game.paused());
        Map<String, String> codes = new LinkedHashMap<>();
        game.seats().crewCodes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> codes.put(String.valueOf(e.getKey()), e.getValue()));
        m.put("crewCodes", codes);
        m.put("gameMasterCode", game.seats().gameMasterCode());
        return m;
    }

    /** The drills a drill game may play: id, title, scenario, headline figure. */
    void drills(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (io.starbridge.drill.DrillSpec d : games.drillSpecs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            m.put("scenario", d.scenario());
            m.put("headline", d.figures().get(0));
            out.add(m);
        }
        ctx.contentType(JSON).result(codec.json(out));
    }

    void scenarios(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Scenario s : games.scenarios().all())
            out.add(Map.of("id", s.id(), "description", s.description()));
        ctx.contentType(JSON).result(codec.json(out));
    }

    void roles(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Role r : Role.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", r.name());
            m.put("crew", permissions.isCrewSeat(r));
            m.put("shared", permissions.shared(r));
            m.put("commands", permissions.commandTypes(r));
            out.add(m);
        }
        ctx.contentType(JSON).result(codec.json(out));
    }
}
