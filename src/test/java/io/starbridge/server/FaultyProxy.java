package io.starbridge.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy standing in for one station's network cable, with faults on demand: it forwards
 * bytes between the station and the server on 127.0.0.1 and can cut the connection abruptly
 * (a TCP reset both ways), lose the next bytes in one direction, cut in the middle of a frame,
 * delay every chunk, or stall the server → station direction (the station seems to stop reading:
 * the server's socket buffers fill up). Faults apply to the current connection; a reconnect gets a
 * clean one. Counts what it did.
 */
final class FaultyProxy implements AutoCloseable {
    /** Read size of each forwarding pump, bytes. */
    private static final int CHUNK_BYTES = 16 * 1024;

    private final int serverPort;
    private final ServerSocket listener;
    private final Thread acceptor;
    private volatile Link current;
    private volatile boolean closed;

    final AtomicLong connections = new AtomicLong();
    final AtomicLong cuts = new AtomicLong();
    final AtomicLong delayedChunks = new AtomicLong();
    final AtomicLong bytesToServer = new AtomicLong();
    final AtomicLong bytesToStation = new AtomicLong();

    FaultyProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where the station connects. */
    int port() { return listener.getLocalPort(); }

    /** Cuts the current connection now (a reset both ways); false if there is none. */
    boolean cutNow() {
        Link l = current;
        return l != null && l.cut(true);
    }

    /** The next bytes the station sends are lost and the connection is cut as they arrive. */
    void loseNextToServer() { Link l = current; if (l != null) l.loseNextUp = true; }

    /**
     * After {@code bytes} more bytes reach the station, the connection is cut (0: the next server bytes
     * are lost; a small number: the cut falls inside a frame).
     */
    void cutAfterBytesToStation(long bytes) { Link l = current; if (l != null) l.cutDownAfter = bytes; }

    /** Each chunk in either direction waits this long before it is forwarded (0: none). */
    void delayEachChunk(int millis) { Link l = current; if (l != null) l.delayMillis = millis; }

    /** Stops (true) or resumes (false) forwarding server → station: the station seems to stop reading. */
    void stallToStation(boolean stalled) {
        Link l = current;
        if (l == null) return;
        synchronized (l) {
            l.stalled = stalled;
            l.notifyAll();
        }
    }

    /** What the proxy did and the state of its current connection, for a failure message. */
    String describe() {
        Link l = current;
        String link = l == null ? "none" : l.describe();
        return "connections " + connections + ", cuts " + cuts + ", current: " + link;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket station = listener.accept();
                Socket server = new Socket();
                // a small window so that a stall backs up into the server quickly (set before connecting)
                server.setReceiveBufferSize(64 * 1024);
                server.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
                station.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(station, server);
                Link previous = current;
                current = link;
                connections.incrementAndGet();
                if (previous != null) previous.cut(false);
                link.start();
            } catch (IOException e) {
                if (!closed) System.err.println("proxy accept failed: " + e);
            }
        }
    }

    @Override public void close() throws IOException {
        closed = true;
        listener.close();
        Link l = current;
        if (l != null) l.cut(false);
    }

    /** One station connection and its server connection. */
    private final class Link {
        private final Socket station;
        private final Socket server;
        private boolean isCut; // guarded by this
        volatile boolean loseNextUp;
        /** Bytes still to forward to the station before a cut, or -1 for no cut planned. */
        volatile long cutDownAfter = -1;
        volatile int delayMillis;
        boolean stalled; // guarded by this

        Link(Socket station, Socket server) {
            this.station = station;
            this.server = server;
        }

        void start() {
            Thread up = new Thread(() -> pump(true), "proxy-up-" + listener.getLocalPort());
            Thread down = new Thread(() -> pump(false), "proxy-down-" + listener.getLocalPort());
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        /** @param injected whether this is a fault (counted) rather than the end of a closed connection
         *  @return true if this call cut a live connection */
        boolean cut(boolean injected) {
            synchronized (this) {
                if (isCut) return false;
                isCut = true;
                stalled = false;
                notifyAll();
            }
            if (injected) cuts.incrementAndGet();
            reset(station);
            reset(server);
            return true;
        }

        private void reset(Socket s) {
            try {
                s.setSoLinger(true, 0); // close with RST: an abrupt drop, not a polite FIN
                s.close();
            } catch (IOException e) {
                // already gone
            }
        }

        private synchronized boolean isCut() { return isCut; }

        synchronized String describe() {
            return (isCut ? "cut" : "open") + (stalled ? " stalled" : "") + (loseNextUp ? " losing next to server" : "")
                    + (cutDownAfter >= 0 ? " cut after " + cutDownAfter + " bytes" : "") + (delayMillis > 0 ? " delay " + delayMillis + " ms" : "");
        }

        private void pump(boolean toServer) {
            byte[] buffer = new byte[CHUNK_BYTES];
            try (InputStream in = (toServer ? station : server).getInputStream();
                 OutputStream out = (toServer ? server : station).getOutputStream()) {
                while (true) {
                    if (!toServer) awaitUnstalled();
                    int n = in.read(buffer);
                    if (n < 0 || isCut()) break;
                    if (toServer && loseNextUp) { cut(true); return; }
                    int delay = delayMillis;
                    if (delay > 0) {
                        delayedChunks.incrementAndGet();
                        Thread.sleep(delay);
                    }
                    long limit = toServer ? -1 : cutDownAfter;
                    if (limit >= 0 && n >= limit) {
                        if (limit > 0) out.write(buffer, 0, (int) limit);
                        out.flush();
                        bytesToStation.addAndGet(limit);
                        cut(true);
                        return;
                    }
                    if (limit > 0) cutDownAfter = limit - n;
                    out.write(buffer, 0, n);
                    out.flush();
                    (toServer ? bytesToServer : bytesToStation).addAndGet(n);
                }
            } catch (IOException e) {
                // the other side or a cut closed it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cut(false);
        }

        private synchronized void awaitUnstalled() throws InterruptedException {
            while (stalled && !isCut) wait();
        }
    }
}
