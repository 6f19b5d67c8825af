package io.starbridge.scenario;

/** A mission read from a file: every start builds a fresh world from the same checked spec. */
public final class FileScenario implements Scenario {
    private final MissionSpec spec;
    private final String source;

    /** @param source where the file came from (a path or class-path resource), for listings and logs */
    public FileScenario(MissionSpec spec, String source) {
        this.spec = spec;
        this.source = source;
    }

    public MissionSpec spec() { return spec; }
    public String source() { return source; }

    @Override public String id() { return spec.id(); }

    @Override public String description() { return spec.description(); }

    @Override public Mission start(long seed, String size) {
        if (size != null) throw new IllegalArgumentException("scenario " + spec.id() + " has no sizes");
        return MissionBuilder.build(spec, seed);
    }
}
