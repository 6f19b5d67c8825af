package io.starbridge.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** {@code java -jar starbridge.jar serve --demo} on a free port, for browser tests; closes it after. */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    final int port;
    final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerProcess startDemo(Path workDir) throws Exception {
        String jar = System.getProperty("starbridge.jar", "target/starbridge.jar");
        if (!new File(jar).isFile()) throw new IllegalStateException("no jar at " + jar + ": run mvn package first");
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Files.createDirectories(workDir);
        Path log = workDir.resolve("server.log");
        // a fresh data directory each time: the server resumes any unfinished game it finds there, and a
        // game left by an earlier run would take the demo game's id
        Path data = Files.createTempDirectory(workDir, "data-");
        Process p = new ProcessBuilder(javaBinary(), "-jar", jar, "serve", "--port", String.valueOf(port), "--demo",
                "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(p, port, log);
        server.awaitHealthy(Duration.ofSeconds(20));
        return server;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String base() { return "http://127.0.0.1:" + port; }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IllegalStateException("server exited: " + Files.readString(log));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(150);
        }
        throw new IllegalStateException("server not healthy after " + timeout + ": " + Files.readString(log));
    }

    @Override public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
