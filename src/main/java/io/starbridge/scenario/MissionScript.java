package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Action;
import io.starbridge.scenario.MissionSpec.Condition;
import io.starbridge.scenario.MissionSpec.ObjectiveSpec;
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
 * A mission file's triggers, timers and objectives at run time, evaluated by {@link Mission} after every
 * step, so a run is a function of seed and commands like the simulation itself. The rule, once per tick:
 * <ol>
 *   <li>timers whose due tick is this tick expire (and stop);</li>
 *   <li>objectives not yet done are ticked off, in file order, as {@link MissionObjectives} says (so a
 *       trigger's {@code objectiveDone} sees the objectives done on this tick);</li>
 *   <li>triggers are taken in file order; one fires if its {@code when} matched (an event of this
 *       tick, from the simulation, or its timer expired in step 1) and every {@code if} condition holds
 *       on the world after the step; a trigger without {@code repeat} fires at most once a mission,
 *       any trigger at most once a tick;</li>
 *   <li>a firing trigger's actions run in order: the first outcome set wins, messages are added to
 *       this tick's events (they do not fire triggers), a started timer is due
 *       {@link Tick#ofSeconds} ticks after this one (restarting it if it ran);</li>
 *   <li>if a trigger fired, the objectives are looked at once more, so that one waiting on this
 *       tick's {@code outcome} (or a timer a trigger started or stopped) is done on this same tick.</li>
 * </ol>
 * Triggers and objectives never change the world, so the world's state hash is the simulation's alone.
 */
final class MissionScript implements java.io.Serializable, MissionObjectives.ConditionCheck {
    /** Channel and speaker role of the messages a mission file sends. */
    static final String CHANNEL = "mission", ROLE = "MISSION";

    private final List<TriggerSpec> triggers;
    private final List<TimerSpec> timers;
    private final Map<String, Integer> shipIds;
    private final MissionObjectives objectives;
    private final boolean[] spent;
    /** Due tick per timer (file order), -1 while stopped. */
    private final long[] due;
    /**
     * Per trigger (file order), resolved once: its {@code when} event pattern (null for a timer trigger),
     * and the index of its {@code when} timer (-1 when it names none or an unknown one; an unknown name is
     * still reported when it is looked up).
     */
    private final EventPattern[] whenEvent;
    private final int[] whenTimer;
    private String outcome;
    /**
     * Pure cache (unknown after a restore): whether every trigger waits on an event or a timer this
     * script knows, so that a tick without events and without an expired timer fires none and needs
     * no look at the triggers. A {@code when} naming an unknown timer is reported by the full walk.
     */
    private transient boolean quietTicksChecked, quietTicksFireNothing;

    /**
     * @param shipIds world ship id by file ship id
     * @param aimX    the briefing's aim point, metres (what a {@code nearAim} is measured from)
     */
    MissionScript(List<TriggerSpec> triggers, List<TimerSpec> timers, List<ObjectiveSpec> objectives,
                  Map<String, Integer> shipIds, double aimX, double aimY) {
        this.triggers = List.copyOf(triggers);
        this.timers = List.copyOf(timers);
        this.shipIds = Map.copyOf(shipIds);
        this.objectives = new MissionObjectives(objectives, this.timers, this.shipIds, aimX, aimY);
        this.spent = new boolean[triggers.size()];
        this.due = new long[timers.size()];
        for (int i = 0; i < due.length; i++) due[i] = timers.get(i).running() ? Tick.ofSeconds(timers.get(i).seconds()) : -1;
        this.whenEvent = new EventPattern[this.triggers.size()];
        this.whenTimer = new int[this.triggers.size()];
        for (int t = 0; t < whenEvent.length; t++) {
            MissionSpec.When when = this.triggers.get(t).when();
            if (when.event() != null) whenEvent[t] = new EventPattern(when, this.shipIds, aimX, aimY);
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
        // objectives: looked at on every tick where something happened (see MissionObjectives.evaluate)
        if (objectives.anyPending()) objectives.evaluate(world, events, expired, this);
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
        if (said != null) {
            if (objectives.anyPending()) objectives.evaluate(world, events, expired, this); // this: its conditions, no lambda a tick
            events.addAll(said);
        }
        return outcome;
    }

    /** The objectives with their done flags now, file order. */
    List<ObjectiveStatus> objectives() { return objectives.statuses(); }

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
        return whenEvent[triggerIndex].matchesAny(events);
    }

    @Override public boolean allHold(World world, List<Condition> conditions) {
        for (Condition c : conditions) if (!holds(world, c)) return false;
        return true;
    }

    private boolean holds(World world, Condition c) {
        return switch (c.kind()) {
            case "not" -> !allHold(world, c.not());
            case "timerRunning" -> due[timerIndex(c.subject())] >= 0;
            case "shipDerelict" -> ship(world, c).derelict();
            case "shipDestroyed" -> ship(world, c).destroyed();
            case "criticalDestroyed" -> allCriticalDestroyed(ship(world, c));
            case "outcome" -> c.subject().equals(outcome);
            case "objectiveDone" -> objectives.done(c.subject());
            case "teamAboard" -> {
                // every living member of the ship's away team is aboard it, none crossing (a lost team is aboard)
                int home = shipIds.get(c.subject());
                boolean aboard = true;
                for (AwayMember m : world.interiors().team(home)) aboard &= !m.alive() || (m.shipId() == home && !m.inTransit());
                yield aboard;
            }
            case "teamLost" -> {
                boolean lost = false;
                for (AwayMember m : world.interiors().team(shipIds.get(c.subject()))) lost |= !m.alive();
                yield lost;
            }
            default -> throw new IllegalStateException("unknown condition " + c.kind());
        };
    }

    private Ship ship(World world, Condition c) { return world.ship(shipIds.get(c.subject())); }

    /** Every critical subsystem of the ship destroyed (false for a ship no longer in the world). */
    private static boolean allCriticalDestroyed(Ship ship) {
        if (ship == null) return false;
        for (int i = 0; i < ship.subsystemCount(); i++)
            if (ship.subsystem(i).critical() && !ship.subsystem(i).destroyed()) return false;
        return true;
    }

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
