package io.starbridge.sim;

/** One per-tick system. Systems run in the order of {@link Systems#ORDER}. */
public interface SimSystem {
    void run(World world);
}
