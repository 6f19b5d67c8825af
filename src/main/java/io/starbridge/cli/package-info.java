/**
 * The command line ({@code serve}, {@code play}, {@code replay}, {@code loadtest}) and the only place
 * where the other packages are wired together.
 */
package io.starbridge.cli;
