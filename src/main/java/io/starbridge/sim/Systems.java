package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.interior.AwayTeamSystem;
import io.starbridge.sim.interior.DockingCommands;
import io.starbridge.sim.interior.DockingSystem;
import io.starbridge.sim.interior.InteriorCommands;
import io.starbridge.sim.interior.SuitComms;
import io.starbridge.sim.selfdestruct.SelfDestructCommands;
import io.starbridge.sim.selfdestruct.SelfDestructSystem;
import io.starbridge.sim.ship.EngineeringCommands;
import io.starbridge.sim.ship.FlightSystem;
import io.starbridge.sim.ship.HelmCommands;
import io.starbridge.sim.ship.JumpDriveSystem;
import io.starbridge.sim.ship.PowerSystem;
import io.starbridge.sim.ship.RepairSystem;
import io.starbridge.sim.ship.ShieldSystem;
import io.starbridge.sim.ship.StatusSystem;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.sensors.CloakSystem;
import io.starbridge.sim.sensors.ScanSystem;
import io.starbridge.sim.sensors.SensorCommands;
import io.starbridge.sim.sensors.SensorSystem;
import io.starbridge.sim.weapons.BeamSystem;
import io.starbridge.sim.weapons.PointDefenceSystem;
import io.starbridge.sim.weapons.TorpedoFlightSystem;
import io.starbridge.sim.weapons.TorpedoLaunchSystem;
import io.starbridge.sim.weapons.WeaponsCommands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The one declared order of per-tick systems, and the command handlers of every concern. */
public final class Systems {
    /**
     * The per-tick systems, in order; every constraint is stated beside its system. Each simulation
     * gets fresh instances (systems keep scratch buffers, never state).
     */
    public static final List<Supplier<SimSystem>> ORDER = List.of(
            CloakSystem::new,          // cloak first: power reads its draw, sensors read this tick's state
            PowerSystem::new,          // power before every system that scales with it
            JumpDriveSystem::new,      // before flight: a ship entering hyperspace stops, a drop lands first
            FlightSystem::new,
            DockingSystem::new,        // after flight, before the grid: a docked ship sits on its host this tick
            ShipGridSystem::new,       // after flight: every range query reads this tick's positions
            SensorSystem::new,         // after the grid and the cloak
            ScanSystem::new,           // scans need this tick's contacts
            BeamSystem::new,           // weapons fire only at what sensors detect this tick; firing reveals
            TorpedoLaunchSystem::new,  // new torpedoes join at the boundary after this system
            PointDefenceSystem::new,   // point defence shoots before torpedoes move and hit
            TorpedoFlightSystem::new,
            ShieldSystem::new,         // recharge after this tick's hits
            RepairSystem::new,
            StatusSystem::new,         // sees every hit of this tick
            SelfDestructSystem::new,   // after status: a detonation is final, the blast hits other ships directly
            AwayTeamSystem::new);      // last: people aboard a ship destroyed this tick are lost; lights read this tick's power

    private final List<SimSystem> order;
    private final Map<Class<?>, CommandHandler<?>> handlers;

    private Systems(List<SimSystem> order, Map<Class<?>, CommandHandler<?>> handlers) {
        this.order = order;
        this.handlers = handlers;
    }

    /** The standard systems and handlers. */
    public static Systems standard() {
        Registry registry = new Registry();
        HelmCommands.register(registry);
        EngineeringCommands.register(registry);
        SensorCommands.register(registry);
        WeaponsCommands.register(registry);
        DockingCommands.register(registry);
        InteriorCommands.register(registry);
        SelfDestructCommands.register(registry);
        SuitComms.register(registry);
        io.starbridge.sim.ai.SpawnCommands.register(registry);
        Map<Class<?>, CommandHandler<?>> handlers = registry.handlers;
        for (Class<?> type : Command.class.getPermittedSubclasses())
            if (!handlers.containsKey(type)) throw new IllegalStateException("no handler for " + type.getSimpleName());
        List<SimSystem> order = new ArrayList<>();
        for (Supplier<SimSystem> make : ORDER) order.add(make.get());
        return new Systems(List.copyOf(order), Map.copyOf(handlers));
    }

    List<SimSystem> order() { return order; }

    @SuppressWarnings("unchecked")
    String handle(World world, Ship ship, Command command) {
        CommandHandler<Command> handler = (CommandHandler<Command>) handlers.get(command.getClass());
        return handler.apply(world, ship, command);
    }

    /** Collects each concern package's handlers, one per command type. */
    public static final class Registry {
        private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();

        private Registry() {}

        public <C extends Command> void put(Class<C> type, CommandHandler<C> handler) {
            if (handlers.putIfAbsent(type, handler) != null)
                throw new IllegalStateException("two handlers for " + type.getSimpleName());
        }
    }
}
