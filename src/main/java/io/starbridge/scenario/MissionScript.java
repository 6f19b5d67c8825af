package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Action;
import io.starbridge.scenario.MissionSpec.Condition;
import io.starbridge.scenario.MissionSpec.TimerSpec;
import io.starbridge.scenario.MissionSpec.TriggerSpec;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.CommsMessage;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mission file's triggers and timers at run time, evaluated by {@link Mission} after every step, so a
 * run is a function of seed and commands like the simulation itself. The rule, once per tick:
 * <ol>
 *   <li>timers whose due tick is this tick expire (and stop);</li>
 *   <li>triggers are taken in file order; one fires if its {@code when} matched (an event of this
 *       tick, from the simulation, or its timer expired in step 1) and every {@code if} condition holds
 *       on the world after the step; a trigger without {@code repeat} fires at most once a mission,
 *       any trigger at most once a tick;</li>
 *   <li>a firing trigger's actions run in order: the first outcome set wins, messages are added to
 *       this tick's events (they do not fire triggers), a started timer is due
 *       {@link Tick#ofSeconds} ticks after this one (restarting it if it ran).</li>
 * </ol>
 * Triggers never change the world, so the world's state hash is the simulation's alone.
 */
final class MissionScript implements java.io.Serializable {
    /** Channel and speaker role of the messages a mission file sends. */
    static final String CHANNEL = "mission", ROLE = "MISSION";

    private final List<TriggerSpec> triggers;
    private final List<TimerSpec> timers;
    private final Map<String, Integer> shipIds;
    private final boolean[] spent;
    /** Due tick per timer (file order), -1 while stopped. */
    private final long[] due;
    /**
     * Per trigger (file order), resolved once: the world id of its {@code when} ship (null when it
     * names none or an unknown one), and the index of its {@code when} timer (-1 when it names none or
     * an unknown one; an unknown name is still reported when it is looked up).
     */
    private final Integer[] whenShip;
    private final int[] whenTimer;
    private String outcome;
    /**
     * Pure cache (unknown after a restore): whether every trigger waits on an event or a timer this
     * script knows, so that a tick without events and without an expired timer fires none and needs
     * no look at the triggers. A {@code when} naming an unknown timer is reported by the full walk.
     */
    private transient boolean quietTicksChecked, quietTicksFireNothing;

    /** @param shipIds world ship id by file ship id */
    MissionScript(List<TriggerSpec> triggers, List<TimerSpec> timers, Map<String, Integer> shipIds) {
        this.triggers = List.copyOf(triggers);
        this.timers = List.copyOf(timers);
        this.shipIds = Map.copyOf(shipIds);
        this.spent = new boolean[triggers.size()];
        this.due = new long[timers.size()];
        for (int i = 0; i < due.length; i++) due[i] = timers.get(i).running() ? Tick.ofSeconds(timers.get(i).seconds()) : -1;
        this.whenShip = new Integer[this.triggers.size()];
        this.whenTimer = new int[this.triggers.size()];
        for (int t = 0; t < whenShip.length; t++) {
            MissionSpec.When when = this.triggers.get(t).when();
            whenShip[t] = when.ship() == null ? null : this.shipIds.get(when.ship());
            whenTimer[t] = -1;
            if (when.timer() != null)
                for (int i = 0; i < this.timers.size(); i++) if (this.timers.get(i).name().equals(when.timer())) { whenTimer[t] = i; break; }
        }
    }

    /**
     * Runs this tick's timers and triggers; adds their messages to {@code events} (a mutable list).
     * @return the outcome once one has been set (it never changes after), else null
     */
    String afterStep(World world, List<SimEvent> events) {
        long now = world.tick();
        // this runs every tick and most ticks nothing expires and nothing fires: allocate only when needed
        boolean[] expired = null;
        for (int i = 0; i < due.length; i++) {
            if (due[i] == now) {
                if (expired == null) expired = new boolean[due.length];
                expired[i] = true;
                due[i] = -1;
            }
        }
        if (expired == null && events.isEmpty() && quietTicksFireNothing()) return outcome;
        List<SimEvent> said = null;
        for (int t = 0, n = triggers.size(); t < n; t++) {
            if (spent[t]) continue;
            TriggerSpec trigger = triggers.get(t);
            if (!happened(t, trigger.when(), events, expired) || !allHold(world, trigger.conditions())) continue;
            if (!trigger.repeat()) spent[t] = true;
            if (said == null) said = new ArrayList<>();
            for (Action a : trigger.actions()) act(a, now, said);
        }
        if (said != null) events.addAll(said);
        return outcome;
    }

    private boolean quietTicksFireNothing() {
        if (!quietTicksChecked) {
            boolean nothing = true;
            for (int t = 0; t < whenTimer.length; t++)
                if (triggers.get(t).when().timer() != null && whenTimer[t] < 0) nothing = false;
            quietTicksFireNothing = nothing;
            quietTicksChecked = true;
        }
        return quietTicksFireNothing;
    }

    /** @param expired the timers that expired this tick, or null if none did */
    private boolean happened(int triggerIndex, MissionSpec.When when, List<SimEvent> events, boolean[] expired) {
        if (when.timer() != null) {
            int timer = whenTimer[triggerIndex];
            if (timer < 0) timer = timerIndex(when.timer());
            return expired != null && expired[timer];
        }
        int ship = when.ship() == null ? -1 : whenShip[triggerIndex];
        Class<? extends SimEvent> type = when.event();
        for (int i = 0, n = events.size(); i < n; i++) {
            SimEvent e = events.get(i);
            // the class test first: it rejects almost every event without a call
            if (e.getClass() == type && EventMatcher.matches(e, type, ship)) return true;
        }
        return false;
    }

    private boolean allHold(World world, List<Condition> conditions) {
        for (Condition c : conditions) if (!holds(world, c)) return false;
        return true;
    }

    private boolean holds(World world, Condition c) {
        return switch (c.kind()) {
            case "not" -> !allHold(world, c.not());
            case "timerRunning" -> due[timerIndex(c.subject())] >= 0;
            case "shipDerelict" -> ship(world, c).derelict();
            case "shipDestroyed" -> ship(world, c).destroyed();
            case "teamLost" -> {
                boolean lost = false;
                for (AwayMember m : world.interiors().team(shipIds.get(c.subject()))) lost |= !m.alive();
                yield lost;
            }
            default -> throw new IllegalStateException("unknown condition " + c.kind());
        };
    }

    private Ship ship(World world, Condition c) { return world.ship(shipIds.get(c.subject())); }

    private void act(Action a, long now, List<SimEvent> said) {
        if (a instanceof MissionSpec.SetOutcome o) {
            if (outcome == null) outcome = o.outcome();
        } else if (a instanceof MissionSpec.SendMessage m) {
            said.add(new CommsMessage(now, shipIds.get(m.ship()), CHANNEL, ROLE, m.from(), m.text()));
        } else if (a instanceof MissionSpec.StartTimer s) {
            int i = timerIndex(s.timer());
            due[i] = now + Tick.ofSeconds(timers.get(i).seconds());
        } else if (a instanceof MissionSpec.StopTimer s) {
            due[timerIndex(s.timer())] = -1;
        }
    }

    private int timerIndex(String name) {
        for (int i = 0; i < timers.size(); i++) if (timers.get(i).name().equals(name)) return i;
        throw new IllegalStateException("unknown timer " + name);
    }
}
