package io.starbridge.sim.event;

import io.starbridge.sim.command.CommandOrigin;

/** A command failed validation at the start of its tick and changed nothing. */
public record CommandRejected(long tick, CommandOrigin origin, String commandType, String reason) implements SimEvent {}
