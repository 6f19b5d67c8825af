package io.starbridge.scenario;

import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.JumpDriveSpec;
import io.starbridge.sim.ship.ManeuverSpec;
import io.starbridge.sim.ship.TorpedoSpec;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The number fields of a hull class as a mission file writes them ({@code hulls:}, docs/scenario-format.md):
 * key, the range the loader accepts in file units, and where a base hull keeps the value. File units are
 * metres, seconds, kg, N and degrees; the world holds radians, so degree fields are converted on reading.
 * The ranges keep a hull playable and the simulation's sums finite: every divisor (mass, spool and scan
 * times, torpedo hit points, subsystem health) is strictly positive.
 */
final class HullFields {
    private HullFields() {}

    /** What a field's number is in the file. */
    enum Unit {
        /** A decimal number, kept as it is. */
        NUMBER,
        /** Degrees (angles, arcs, deg/s); held in radians. */
        DEGREES,
        /** A whole number. */
        WHOLE
    }

    /** One field: {@code key} in [{@code min}, {@code max}] file units, read from a base by {@code ofBase} (world units). */
    record Field<T>(String key, double min, double max, Unit unit, ToDoubleFunction<T> ofBase) {
        /** The world's value of a number the file gave. */
        double toWorld(double fileValue) { return unit == Unit.DEGREES ? StrictMath.toRadians(fileValue) : fileValue; }
    }

    private static <T> Field<T> number(String key, double min, double max, ToDoubleFunction<T> ofBase) {
        return new Field<>(key, min, max, Unit.NUMBER, ofBase);
    }

    private static <T> Field<T> degrees(String key, double min, double max, ToDoubleFunction<T> ofBase) {
        return new Field<>(key, min, max, Unit.DEGREES, ofBase);
    }

    private static <T> Field<T> whole(String key, int min, int max, ToDoubleFunction<T> ofBase) {
        return new Field<>(key, min, max, Unit.WHOLE, ofBase);
    }

    /** A hundredth of a second: shorter than a tick (1/60 s), so any time the simulation tells apart is allowed. */
    static final double MIN_SECONDS = 0.01;
    /** An hour: longer than any spool, scan or reload a mission waits for. */
    static final double HOUR = 3_600;

    /** The hull's own numbers, in the order of {@link HullClass}'s components. */
    static final List<Field<HullClass>> HULL = List.of(
            number("radius", 1, 10_000, HullClass::radius),                      // metres; the mothership is 900
            number("mass", 1, 1.0e13, HullClass::mass),                           // kg, > 0: thrust is divided by it
            number("thrust", 0, 1.0e13, HullClass::thrust),                       // N; 0 = no main drive (a station)
            number("thrusterForce", 0, 1.0e13, HullClass::thrusterForce),         // N lateral
            degrees("turnRate", 0, 360, HullClass::turnRate),                      // deg/s
            number("maxSpeed", 0, MissionLoader.MAX_SPEED, HullClass::maxSpeed),  // m/s
            number("maxHull", 1, 1.0e7, HullClass::maxHull),                      // hit points
            number("shieldFront", 0, 1.0e7, HullClass::shieldFront),              // hit points
            number("shieldRear", 0, 1.0e7, HullClass::shieldRear),                // hit points
            number("shieldRecharge", 0, 1.0e6, HullClass::shieldRecharge),        // hit points per second
            number("reactorOutput", 1, 1.0e6, HullClass::reactorOutput),          // power units
            number("sensorRange", 0, MissionLoader.MAX_COORDINATE, HullClass::sensorRange),               // metres
            number("cloakDetectionRange", 0, MissionLoader.MAX_COORDINATE, HullClass::cloakDetectionRange), // metres
            whole("sensorPeriodTicks", 1, 600, HullClass::sensorPeriodTicks),      // ticks between sweeps (≤ 10 s)
            number("scanSeconds", MIN_SECONDS, HOUR, HullClass::scanSeconds),    // seconds for a full scan
            number("cloakDrain", 0, 1.0e6, HullClass::cloakDrain),                // power units; 0 = no cloak
            number("repairPerSecond", 0, 1.0e6, HullClass::repairPerSecond),      // hit points per second
            whole("torpedoStock", 0, 1_000, HullClass::torpedoStock));            // torpedoes carried

    static final List<Field<JumpDriveSpec>> JUMP_DRIVE = List.of(
            number("spoolSeconds", MIN_SECONDS, HOUR, JumpDriveSpec::spoolSeconds),
            number("hyperSpeed", 1, MissionLoader.MAX_COORDINATE, JumpDriveSpec::hyperSpeed), // m/s
            number("minDwellSeconds", 0, HOUR, JumpDriveSpec::minDwellSeconds),
            number("scatterRadius", 0, 1.0e6, JumpDriveSpec::scatterRadius));                // metres

    static final List<Field<ManeuverSpec>> MANEUVER = List.of(
            number("acceleration", 0, 10_000, ManeuverSpec::acceleration),        // m/s²
            number("burstSeconds", MIN_SECONDS, 60, ManeuverSpec::burstSeconds),
            number("chargeCost", 0, 1, ManeuverSpec::chargeCost),                 // of a full charge
            number("rechargePerSecond", 0, 10, ManeuverSpec::rechargePerSecond),  // charges per second
            number("heatPerBurst", 0, 1, ManeuverSpec::heatPerBurst),             // at 1 the thrusters lock
            number("coolingPerSecond", 0, 10, ManeuverSpec::coolingPerSecond));

    static final List<Field<TorpedoSpec>> TORPEDO = List.of(
            number("speed", 1, MissionLoader.MAX_SPEED, TorpedoSpec::speed),      // m/s
            degrees("turnRate", 0, 3_600, TorpedoSpec::turnRate),                 // deg/s of its seeker
            number("damage", 0, 1.0e6, TorpedoSpec::damage),                      // hit points
            number("blastRadius", 0, 1.0e5, TorpedoSpec::blastRadius),            // metres
            number("lifetimeSeconds", MIN_SECONDS, HOUR, TorpedoSpec::lifetimeSeconds),
            number("hitPoints", 1, 1.0e6, TorpedoSpec::hitPoints));               // point-defence damage it takes

    /** The keys of a table. */
    static List<String> keys(List<? extends Field<?>> fields) { return fields.stream().map(Field::key).toList(); }
}
