/** Drills and timings: named millisecond figures computed from simulation events. */
package io.starbridge.drill;
