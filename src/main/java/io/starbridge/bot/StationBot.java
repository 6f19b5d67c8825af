package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.scenario.BotProfile.ReactionTime;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One bot at one station. A bot notices something, then acts after a reaction time drawn from its
 * own random, in whole ticks from its crew's {@link BotProfile} (a drilled crew member: 150–350 ms,
 * 9–21 ticks). Each intention has a key so it is sent once until the bot forgets it.
 *
 * <p>Speed, for a cold JVM: an order without arguments is a constant of its bot (its lambda is linked
 * when the crew is formed, not at its first use mid-mission, where linking one costs about a
 * millisecond), and keys are built with {@link String#concat} rather than {@code +}, whose every
 * call site is linked (several milliseconds) the first time it runs.
 */
abstract class StationBot {
    private final Role role;
    private final int shipId;
    private final SimRandom random;
    /** This station's quickest and slowest reaction, ticks (0 ≤ min ≤ max): one draw per order. */
    private final int minReactionTicks, maxReactionTicks;
    /** The member id its commands carry, e.g. "bot-helm". */
    private final String memberId;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private long seq;
    /**
     * The earliest due tick of {@link #pending} (Long.MAX_VALUE when none): the crew reads it every
     * tick to skip a station with nothing due without a call.
     */
    long nextDue = Long.MAX_VALUE;

    private record Pending(String key, long dueTick, Function<CommandOrigin, Command> make) {}

    StationBot(Role role, int shipId, SimRandom random, BotProfile profile) {
        this.role = role;
        this.shipId = shipId;
        this.random = random;
        ReactionTime reaction = profile.reactionOf(role);
        this.minReactionTicks = reaction.minTicks();
        this.maxReactionTicks = reaction.maxTicks();
        this.memberId = "bot-" + role.name().toLowerCase();
    }

    Role role() { return role; }
    int shipId() { return shipId; }

    /** Looks at the station's view after a tick and schedules what to do. */
    abstract void observe(BotView view, List<SimEvent> events);

    /** Schedules a command once per key, to be sent after a reaction time from now. */
    void intend(BotView view, String key, Function<CommandOrigin, Command> make) {
        intendAfter(view, key, reactionTicks(), make);
    }

    void intendAfter(BotView view, String key, int delayTicks, Function<CommandOrigin, Command> make) {
        if (done.contains(key)) return;
        done.add(key);
        long due = view.tick() + delayTicks;
        pending.add(new Pending(key, due, make));
        if (due < nextDue) nextDue = due;
    }

    /** Lets an intention with this key be made again (e.g. the next evasive burst). */
    void forget(String key) { done.remove(key); }

    boolean intended(String key) { return done.contains(key); }

    int reactionTicks() {
        // one draw whatever the range, so a crew's draws stay in step with its orders
        return minReactionTicks + random.nextInt(maxReactionTicks - minReactionTicks + 1);
    }

    /** Commands due for the coming tick. */
    void collectDue(long nextTick, List<Command> out) {
        // most ticks a station has nothing due: skip creating the iterator
        if (nextTick < nextDue) return;
        long stillDue = Long.MAX_VALUE;
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.dueTick() > nextTick) {
                if (p.dueTick() < stillDue) stillDue = p.dueTick();
                continue;
            }
            it.remove();
            out.add(p.make().apply(new CommandOrigin(shipId, role, memberId, ++seq)));
        }
        nextDue = stillDue;
    }
}
