package io.starbridge.sim.ship;

public enum MountKind { BEAM, TORPEDO_TUBE, POINT_DEFENCE }
