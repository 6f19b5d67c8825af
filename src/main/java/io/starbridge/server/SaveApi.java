package io.starbridge.server;

import io.javalin.http.Context;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ProtocolException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saved games in the lobby: {@code GET /api/saves}, {@code POST /api/saves/{name}/load} (docs/protocol.md §7). */
final class SaveApi {
    private static final String JSON = "application/json";

    private final GameRegistry games;
    private final ProtocolCodec codec;

    SaveApi(GameRegistry games, ProtocolCodec codec) {
        this.games = games;
        this.codec = codec;
    }

    /** Every save, newest first; an empty list when the server keeps none (no --data). */
    void list(Context ctx) {
        List<Object> out = new ArrayList<>();
        SavedGames saves = games.saves();
        if (saves != null) {
            for (SavedGames.Save s : saves.list()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("scenario", s.scenario());
                m.put("seed", s.seed());
                m.put("size", s.size());
                m.put("tick", s.tick());
                m.put("outcome", s.outcome());
                m.put("savedAtMs", s.savedAtMs());
                out.add(m);
            }
        }
        ctx.contentType(JSON).result(codec.json(out));
    }

    /** Starts a save again as a new game (paused); the body may say {@code {"open": true}}. */
    void load(Context ctx) {
        boolean open;
        try {
            open = JsonBody.of(codec, ctx.body()).flag("open", false);
        } catch (ProtocolException e) {
            ctx.status(400).contentType(JSON).result(codec.json(Map.of("error", e.reason())));
            return;
        }
        String name = ctx.pathParam("name");
        Game game;
        try {
            game = games.load(name, open);
        } catch (IllegalArgumentException e) {
            boolean unknown = e.getMessage().startsWith("no saved game");
            ctx.status(unknown ? 404 : 400).contentType(JSON).result(codec.json(Map.of("error", e.getMessage())));
            return;
        }
        Map<String, Object> m = HttpApi.created(game, open);
        m.put("loadedFrom", name);
        ctx.status(201).contentType(JSON).result(codec.json(m));
    }
}
