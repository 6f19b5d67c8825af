package io.starbridge.sim.ai;

import io.starbridge.sim.Crew;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ConfirmSelfDestruct;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import java.util.List;

/**
 * A scripted ally aboard the enemy: one of the strangers in white on its bridge. When somebody else
 * has put a hand on the ship's self-destruct (a confirmation waits for its second person), the
 * stranger confirms too, after {@link #REACTION_TICKS} — well within the two-person window. The
 * stranger is a person of their own: their commands carry their own member id.
 */
public final class StrangerAlly implements Crew {
    /** 0.75 s: the stranger was waiting for this. */
    static final int REACTION_TICKS = 45;

    private final int shipId;
    private final int memberId;
    private final String personId;
    private long confirmAt = -1;
    private long seq;

    /** @param memberId the stranger's id among the people in suits (a character of {@code shipId}'s party) */
    public StrangerAlly(int shipId, int memberId) {
        this.shipId = shipId;
        this.memberId = memberId;
        this.personId = "stranger-" + memberId;
    }

    public String personId() { return personId; }

    @Override public void decide(World world, List<Command> out) {
        SelfDestruct sd = world.selfDestructs().of(shipId);
        AwayMember me = world.interiors().member(memberId);
        if (sd == null || sd.armed() || world.ship(shipId).destroyed() || me == null || !me.alive()) {
            confirmAt = -1;
            return;
        }
        List<String> waiting = sd.waitingToArm(world.tick());
        boolean someoneElse = false;
        for (String p : waiting) if (!p.equals(personId)) someoneElse = true;
        if (someoneElse && !waiting.contains(personId) && confirmAt < 0) confirmAt = world.tick() + REACTION_TICKS;
        if (confirmAt >= 0 && world.tick() + 1 >= confirmAt) {
            confirmAt = -1;
            out.add(new ConfirmSelfDestruct(new CommandOrigin(shipId, Role.AWAY_TEAM, personId, ++seq), shipId, memberId));
        }
    }

    @Override public void hashInto(StateHash hash) {
        hash.add(shipId).add(memberId).add(confirmAt).add(seq);
    }
}
