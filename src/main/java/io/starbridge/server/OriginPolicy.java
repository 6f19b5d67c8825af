package io.starbridge.server;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which web pages may open {@code /ws} (the WebSocket Origin check, done at upgrade). A browser
 * sends the page's origin with every WebSocket upgrade, and a page from another site must not drive
 * a station with the player's network position (cross-site WebSocket hijacking). Allowed: the
 * server's own pages (the origin's host:port equals the request's Host), and every origin given
 * with {@code --allow-origin} (e.g. a reverse proxy's public https origin).
 * <p>
 * A request <b>without</b> an Origin header is allowed: browsers always send one on a WebSocket
 * upgrade, so its absence means a non-browser client (the {@code loadtest} command, scripts,
 * tests), which could forge any Origin anyway; the check protects browser users, not the server.
 */
public final class OriginPolicy {
    private final Set<String> allowed = new LinkedHashSet<>();

    /** @param allowedOrigins extra origins, each {@code scheme://host[:port]}; validated here */
    public OriginPolicy(List<String> allowedOrigins) {
        for (String o : allowedOrigins) {
            String n = normalise(o);
            if (n == null) throw new IllegalArgumentException("not an origin (scheme://host[:port]): '" + o + "'");
            allowed.add(n);
        }
    }

    /** The extra origins as given, normalised. */
    public List<String> allowedOrigins() { return List.copyOf(allowed); }

    /**
     * @param origin the request's Origin header, or null
     * @param host   the request's Host header (host[:port]), or null
     * @return null if allowed, else the reason it is refused
     */
    public String check(String origin, String host) {
        if (origin == null) return null;
        String o = normalise(origin);
        if (o != null && allowed.contains(o)) return null;
        if (o != null && host != null && !host.isBlank()) {
            String scheme = o.substring(0, o.indexOf("://"));
            if (o.equals(normalise(scheme + "://" + host.strip()))) return null;
        }
        String shown = origin.length() <= 100 ? origin : origin.substring(0, 100) + "…";
        return "origin '" + shown + "' may not open stations on this server; start it with --allow-origin "
                + "to allow another site";
    }

    /** {@code scheme://host[:port]} in lower case without a default port, or null if not an http(s) origin. */
    static String normalise(String origin) {
        URI uri;
        try { uri = new URI(origin.strip()); }
        catch (Exception e) { return null; }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) return null;
        if (uri.getHost() == null || uri.getUserInfo() != null) return null;
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) return null;
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) return null;
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
