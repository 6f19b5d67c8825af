package io.starbridge.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in scenarios by id. */
public final class Scenarios {
    private final Map<String, Scenario> byId = new LinkedHashMap<>();

    public Scenarios(List<Scenario> scenarios) {
        for (Scenario s : scenarios) byId.put(s.id(), s);
    }

    public static Scenarios builtIn() {
        return new Scenarios(List.of(new StrikeScenario(), new LastOfItsKindScenario(), new BattlefieldScenario()));
    }

    public List<Scenario> all() { return List.copyOf(byId.values()); }

    /** @throws IllegalArgumentException naming the known ids */
    public Scenario byId(String id) {
        Scenario s = byId.get(id);
        if (s == null) throw new IllegalArgumentException("unknown scenario '" + id + "'; known: " + byId.keySet());
        return s;
    }
}
