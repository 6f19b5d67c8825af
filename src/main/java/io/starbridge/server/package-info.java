/**
 * The multiplayer server: Javalin HTTP (lobby, health, metrics, games API) and the station
 * WebSocket, seats and resume tokens, and one {@link io.starbridge.server.TickLoop} per game that
 * owns wall time. Only the tick thread touches a game's world; socket threads decode, check and
 * enqueue, and send what the tick thread has already encoded.
 */
package io.starbridge.server;
