package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Condition;
import io.starbridge.scenario.MissionSpec.ObjectiveSpec;
import io.starbridge.scenario.MissionSpec.TimerSpec;
import io.starbridge.sim.World;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mission file's objectives at run time: which are done. Part of its {@link MissionScript} (and so of a
 * snapshot); it only reads the world and the tick's events, never changes them. An objective is done on
 * the first tick its {@code when} (if any) happened and all its conditions hold; it stays done.
 */
final class MissionObjectives implements java.io.Serializable {
    /** Checks a list of conditions on the world after the step (the script's rules). */
    @FunctionalInterface
    interface ConditionCheck { boolean allHold(World world, List<Condition> conditions); }

    private final List<ObjectiveSpec> specs;
    /** Per objective (file order): its event pattern, or null for a timer or no {@code when}. */
    private final EventPattern[] events;
    /** Per objective: the index of its {@code when} timer among the file's timers, or -1. */
    private final int[] timers;
    /** Per objective: the world id of its player ship, or -1 for every player ship's. */
    private final int[] shipIds;
    private final boolean[] done;
    /** Objectives not yet done: at 0 (or with none at all) a tick costs nothing. */
    private int pending;
    /**
     * Some objective was done at the last look: look again next tick even if it is quiet, as an objective
     * later in the file may wait on it ({@code objectiveDone}) and was looked at before it.
     */
    private boolean lookAgain;

    /**
     * @param worldIds world ship id by file ship id
     * @param aimX     the briefing's aim point, metres (for {@code nearAim})
     */
    MissionObjectives(List<ObjectiveSpec> specs, List<TimerSpec> timerSpecs, Map<String, Integer> worldIds, double aimX, double aimY) {
        this.specs = List.copyOf(specs);
        int n = this.specs.size();
        this.events = new EventPattern[n];
        this.timers = new int[n];
        this.shipIds = new int[n];
        this.done = new boolean[n];
        this.pending = n;
        for (int i = 0; i < n; i++) {
            ObjectiveSpec o = this.specs.get(i);
            timers[i] = -1;
            if (o.when() != null && o.when().timer() != null) {
                for (int t = 0; t < timerSpecs.size(); t++) if (timerSpecs.get(t).name().equals(o.when().timer())) timers[i] = t;
            } else if (o.when() != null) {
                events[i] = new EventPattern(o.when(), worldIds, aimX, aimY);
            }
            shipIds[i] = o.ship() == null ? -1 : worldIds.getOrDefault(o.ship(), -1);
        }
    }

    /**
     * Ticks off, in file order, the objectives achieved now (so one may depend on an earlier one done
     * on the same tick).
     * @param events  the tick's simulation events (not the script's own messages)
     * @param expired the timers that expired this tick (file order), or null if none did
     */
    void evaluate(World world, List<SimEvent> events, boolean[] expired, ConditionCheck conditions) {
        // A quiet tick (no event, no timer, nothing done last time) changes nothing an objective reads: an
        // event-objective needs an event, a timer-objective its timer, and every condition changes only with
        // an event (BecameDerelict, ShipDestroyed, SubsystemDestroyed, MemberLost, MemberMoved, Docked …),
        // a timer or a trigger firing (the script looks again then). Skipping it keeps a cold JVM's strike
        // run ≈ 15 % faster (these checks would otherwise run every tick in unoptimised code).
        boolean quiet = events.isEmpty() && expired == null && !lookAgain;
        lookAgain = false;
        if (quiet) return;
        for (int i = 0; i < done.length; i++) {
            if (done[i]) continue;
            ObjectiveSpec o = specs.get(i);
            boolean happened = o.when() == null
                    || (timers[i] >= 0 ? expired != null && expired[timers[i]] : this.events[i] != null && this.events[i].matchesAny(events));
            if (happened && conditions.allHold(world, o.conditions())) {
                done[i] = true;
                pending--;
                lookAgain = true;
            }
        }
    }

    /** Whether any objective is still to be done. */
    boolean anyPending() { return pending > 0; }

    boolean done(String id) {
        for (int i = 0; i < done.length; i++) if (specs.get(i).id().equals(id)) return done[i];
        throw new IllegalStateException("unknown objective " + id);
    }

    /** Every objective, file order, with its done flag now. */
    List<ObjectiveStatus> statuses() {
        List<ObjectiveStatus> out = new ArrayList<>(done.length);
        for (int i = 0; i < done.length; i++) out.add(new ObjectiveStatus(specs.get(i).id(), specs.get(i).text(), shipIds[i], done[i]));
        return out;
    }
}
