package io.starbridge.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Optional TLS ({@code serve --tls-keystore FILE --tls-password PW}): a PKCS#12 keystore holding the
 * server's key and certificate chain. With it the port speaks only https and wss (no plain http).
 *
 * @param file     the PKCS#12 file
 * @param password its store password (also the key's, as {@code keytool -storetype PKCS12} makes it)
 */
public record TlsKeystore(Path file, String password) {
    public TlsKeystore {
        if (file == null || password == null) throw new IllegalArgumentException("a TLS keystore needs a file and a password");
    }

    /**
     * Opens the keystore once, so a wrong path or password stops the start with a clear message.
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public void check() {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("TLS keystore " + file + " is not a file");
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            boolean hasKey = false;
            for (var aliases = ks.aliases(); aliases.hasMoreElements(); ) hasKey |= ks.isKeyEntry(aliases.nextElement());
            if (!hasKey) throw new IllegalArgumentException("TLS keystore " + file + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open TLS keystore " + file + " (PKCS12): " + e.getMessage(), e);
        }
    }

    /** A Jetty connector serving https/wss on a port (0 = any free one), with Javalin's HTTP settings. */
    Connector connector(Server server, HttpConfiguration javalinHttp, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(file.toAbsolutePath().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(password);
        HttpConfiguration https = new HttpConfiguration(javalinHttp);
        // no SNI host check: players reach a LAN server by IP or any name; their browser checks the certificate
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setPort(port);
        return connector;
    }

    /** Never prints the password. */
    @Override public String toString() { return "TlsKeystore[" + file + "]"; }
}
