/**
 * The journal — seed, scenario and commands by tick, with checkpoint hashes — and the tools that
 * write it, read it and re-simulate it bit for bit. Format: docs/journal-format.md.
 */
package io.starbridge.replay;
