package io.starbridge.station;

import io.starbridge.sim.World;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.ship.Ship;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Projects the world into what one station may know (docs/protocol.md §4): a map of sections,
 * chosen by role. Build on the tick thread only; the result shares nothing with the world.
 */
public final class StationViews {
    /** View sections; each role sees a fixed set. */
    public enum Section { GAME, SHIP, HELM, ENGINEERING, WEAPONS, SCIENCE, CAPTAIN, MISSION, CONTACTS, DETAILED_CONTACTS, TORPEDOES, WORLD, INTERIOR, DOCKING }

    private static final Map<Role, Set<Section>> SECTIONS;

    static {
        Map<Role, Set<Section>> m = new EnumMap<>(Role.class);
        // the briefing (MISSION) is crew knowledge: every crew station reads its aim point and objectives
        m.put(Role.HELM, EnumSet.of(Section.GAME, Section.SHIP, Section.HELM, Section.MISSION, Section.CONTACTS, Section.TORPEDOES, Section.DOCKING));
        m.put(Role.WEAPONS, EnumSet.of(Section.GAME, Section.SHIP, Section.WEAPONS, Section.MISSION, Section.DETAILED_CONTACTS, Section.TORPEDOES));
        m.put(Role.ENGINEERING, EnumSet.of(Section.GAME, Section.SHIP, Section.ENGINEERING, Section.MISSION));
        m.put(Role.SCIENCE, EnumSet.of(Section.GAME, Section.SHIP, Section.SCIENCE, Section.MISSION, Section.DETAILED_CONTACTS));
        m.put(Role.CAPTAIN, EnumSet.of(Section.GAME, Section.SHIP, Section.CAPTAIN, Section.MISSION, Section.CONTACTS, Section.TORPEDOES, Section.INTERIOR, Section.DOCKING));
        m.put(Role.COMMS, EnumSet.of(Section.GAME, Section.SHIP, Section.MISSION, Section.CONTACTS));
        m.put(Role.AWAY_TEAM, EnumSet.of(Section.GAME, Section.SHIP, Section.INTERIOR));
        m.put(Role.VIEWSCREEN, EnumSet.of(Section.GAME, Section.SHIP, Section.CONTACTS, Section.TORPEDOES));
        Set<Section> all = EnumSet.complementOf(EnumSet.of(Section.WORLD, Section.CONTACTS));
        m.put(Role.OBSERVER, all);
        Set<Section> gm = EnumSet.copyOf(all);
        gm.add(Section.WORLD);
        m.put(Role.GAME_MASTER, gm);
        for (Map.Entry<Role, Set<Section>> e : m.entrySet()) e.setValue(Collections.unmodifiableSet(e.getValue()));
        SECTIONS = Collections.unmodifiableMap(m);
    }

    private StationViews() {}

    public static Set<Section> sections(Role role) { return SECTIONS.get(role); }

    /**
     * @param objectives the ship's mission objectives, or null when the ship has no briefing
     *                   (then no {@code mission} section)
     */
    public static Map<String, Object> build(World world, Ship own, Role role, GameInfo game, Objectives objectives) {
        Set<Section> sections = SECTIONS.get(role);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tick", world.tick());
        v.put("game", game(game));
        v.put("ship", OwnShipSections.ship(own));
        // every station, the view screen and observers too: the countdown and, at the end, the debrief
        v.put("alert", SelfDestructAlerts.section(world, own, role));
        Map<String, Object> debrief = game.debrief(own.id());
        if (debrief != null) v.put("debrief", debrief);
        if (sections.contains(Section.HELM)) v.put("helm", OwnShipSections.helm(own));
        if (sections.contains(Section.ENGINEERING)) v.put("engineering", OwnShipSections.engineering(own));
        if (sections.contains(Section.WEAPONS)) v.put("weapons", OwnShipSections.weapons(own));
        if (sections.contains(Section.SCIENCE)) v.put("science", OwnShipSections.science(own));
        if (sections.contains(Section.CAPTAIN)) v.put("captain", OwnShipSections.captain(own));
        if (sections.contains(Section.MISSION) && objectives != null) v.put("mission", objectives.section());
        if (sections.contains(Section.DETAILED_CONTACTS)) v.put("contacts", ContactSections.contacts(world, own, true));
        else if (sections.contains(Section.CONTACTS)) v.put("contacts", ContactSections.contacts(world, own, false));
        if (sections.contains(Section.TORPEDOES)) v.put("torpedoes", ContactSections.torpedoes(world, own));
        if (sections.contains(Section.WORLD)) v.put("world", ContactSections.world(world));
        InteriorSections.put(v, world, own, sections.contains(Section.INTERIOR), sections.contains(Section.DOCKING));
        return v;
    }

    private static Map<String, Object> game(GameInfo g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("scenario", g.scenario());
        m.put("paused", g.paused());
        if (g.outcome() != null) m.put("outcome", g.outcome());
        if (g.message() != null) m.put("message", g.message());
        if (g.drill() != null) m.put("drill", g.drill());
        return m;
    }
}
