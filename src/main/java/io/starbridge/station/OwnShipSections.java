package io.starbridge.station;

import static io.starbridge.station.Quantize.*;

import io.starbridge.sim.Tick;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.WeaponMount;
import java.util.LinkedHashMap;
import java.util.Map;

/** View sections about the station's own ship, one per concern (docs/protocol.md §4.1). */
final class OwnShipSections {
    private OwnShipSections() {}

    static Map<String, Object> ship(Ship s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("hull", s.hull().id());
        m.put("hullName", s.hull().name()); // "Corvette", or a mission file's own class ("Courier")
        m.put("radius", metres(s.hull().radius()));
        m.put("x", metres(s.motion.x));
        m.put("y", metres(s.motion.y));
        m.put("heading", angle(s.motion.heading));
        m.put("speed", speed(s.motion.speed()));
        m.put("hullPoints", hitPoints(s.hullPoints()));
        m.put("hullMax", hitPoints(s.hull().maxHull()));
        m.put("shieldFront", hitPoints(s.shieldFront));
        m.put("shieldRear", hitPoints(s.shieldRear));
        m.put("cloaked", s.cloak.engaged);
        m.put("inHyperspace", s.inHyperspace());
        m.put("derelict", s.derelict());
        m.put("destroyed", s.destroyed());
        return m;
    }

    static Map<String, Object> helm(Ship s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vx", speed(s.motion.vx));
        m.put("vy", speed(s.motion.vy));
        m.put("throttle", fraction(s.helm.throttle));
        m.put("targetHeading", angle(s.helm.targetHeading));
        m.put("strafe", fraction(s.helm.strafe));
        m.put("maneuverCharge", fraction(s.helm.maneuverCharge));
        m.put("heat", fraction(s.helm.heat));
        m.put("overheated", s.helm.overheated);
        m.put("burst", s.helm.burstTicksLeft > 0);
        m.put("maxSpeed", metres(s.hull().maxSpeed()));
        m.put("turnRate", angle(s.hull().turnRate()));
        m.put("jump", jump(s));
        return m;
    }

    /** The hyperspace drive as helm plots it and engineering spools it. */
    private static Map<String, Object> jump(Ship s) {
        Map<String, Object> jump = new LinkedHashMap<>();
        jump.put("phase", s.jump.phase.name());
        jump.put("aimX", metres(s.jump.aimX));
        jump.put("aimY", metres(s.jump.aimY));
        jump.put("spool", fraction(s.jump.spool));
        jump.put("dwellSeconds", seconds(s.jump.dwellTicksLeft * Tick.DT));
        return jump;
    }

    static Map<String, Object> engineering(Ship s) {
        HullClass hull = s.hull();
        Subsystem reactor = s.subsystemOf(SubsystemKind.REACTOR);
        double supply = reactor.destroyed() ? 0 : hull.reactorOutput() * reactor.healthFraction();
        double demand = 0;
        Map<String, Object> subsystems = new LinkedHashMap<>();
        for (int i = 0; i < s.subsystemCount(); i++) {
            Subsystem sub = s.subsystem(i);
            if (!sub.destroyed() && sub.kind() != SubsystemKind.REACTOR) {
                demand += sub.spec().powerDemand() * sub.allocation();
                if (sub.kind() == SubsystemKind.CLOAK && s.cloak.engaged) demand += hull.cloakDrain() * sub.allocation();
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", sub.spec().name());
            e.put("kind", sub.kind().name());
            e.put("critical", sub.critical());
            e.put("health", hitPoints(sub.health()));
            e.put("maxHealth", hitPoints(sub.spec().maxHealth()));
            e.put("allocation", fraction(sub.allocation()));
            e.put("powerRatio", fraction(sub.powerRatio()));
            e.put("destroyed", sub.destroyed());
            subsystems.put(sub.id(), e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reactor", Map.of("output", hitPoints(supply), "demand", hitPoints(demand)));
        m.put("subsystems", subsystems);
        if (s.repairIndex >= 0 && s.repairIndex < s.subsystemCount()) m.put("repairing", s.subsystem(s.repairIndex).id());
        Map<String, Object> cloak = new LinkedHashMap<>();
        cloak.put("available", hull.hasCloak());
        cloak.put("ordered", s.cloak.ordered);
        cloak.put("engaged", s.cloak.engaged);
        cloak.put("lockoutSeconds", seconds(s.cloak.lockoutTicks * Tick.DT));
        m.put("cloak", cloak);
        m.put("jump", jump(s));
        return m;
    }

    static Map<String, Object> weapons(Ship s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("released", s.weapons.released);
        m.put("beamsFiring", s.weapons.beamsFiring);
        if (s.weapons.targetShipId >= 0) m.put("targetShipId", s.weapons.targetShipId);
        if (s.weapons.targetSubsystemId != null && !s.weapons.targetSubsystemId.isEmpty())
            m.put("targetSubsystemId", s.weapons.targetSubsystemId);
        m.put("torpedoesLeft", s.weapons.torpedoesLeft);
        m.put("launchesPending", s.weapons.launchesPending);
        Map<String, Object> mounts = new LinkedHashMap<>();
        for (int i = 0; i < s.hull().mounts().size(); i++) {
            WeaponMount mount = s.hull().mounts().get(i);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", mount.kind().name());
            e.put("facing", angle(mount.facing()));
            e.put("halfArc", angle(mount.halfArc()));
            e.put("range", metres(mount.range()));
            e.put("damage", hitPoints(mount.damage()));
            e.put("cycleSeconds", seconds(mount.cycleSeconds()));
            e.put("cooldownSeconds", seconds(s.weapons.cooldownTicks[i] * Tick.DT));
            mounts.put(mount.id(), e);
        }
        m.put("mounts", mounts);
        return m;
    }

    static Map<String, Object> science(Ship s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.scanTargetId >= 0) m.put("scanTargetId", s.scanTargetId);
        m.put("scanProgress", fraction(s.scanProgress));
        return m;
    }

    static Map<String, Object> captain(Ship s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("released", s.weapons.released);
        m.put("cloaked", s.cloak.engaged);
        m.put("jumpPhase", s.jump.phase.name());
        m.put("spool", fraction(s.jump.spool));
        if (s.weapons.targetShipId >= 0) m.put("targetShipId", s.weapons.targetShipId);
        m.put("hullPercent", fraction(s.hullPoints() / s.hull().maxHull() * 100));
        return m;
    }
}
