/**
 * The station wire protocol (docs/protocol.md): message records, the one JSON codec that reads
 * and writes them ({@link io.starbridge.protocol.ProtocolCodec}), the message-type registry and
 * the protocol version. Decoding trusts nothing and answers every bad frame with a reason.
 */
package io.starbridge.protocol;
