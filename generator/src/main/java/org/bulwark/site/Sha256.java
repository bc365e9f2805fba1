package org.bulwark.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * SHA-256 of every output file, for the manifest: a large share of a big build's CPU when the
 * JDK computes it, since the quick-starting compiler the build runs under (C1) has no SHA
 * intrinsic. Where the system has NSS (Debian's {@code libnss3}, which browsers need), the JDK's
 * own PKCS#11 provider lends it to us: several times faster, the same digests (bench/README.md,
 * "Why the code is the way it is"). NSS starts in the background ({@link #prepare});
 * until it is ready, and where it is missing, fails to start or gives a wrong answer for the
 * test vector, the JDK's provider hashes. {@code BULWARK_NSS=0} turns NSS off.
 */
public final class Sha256 {
    private static volatile CompletableFuture<Optional<Provider>> nss;

    private Sha256() {}

    /** Starts NSS in the background, once per process; returns at once. */
    public static void prepare() {
        if (nss != null) return;
        synchronized (Sha256.class) {
            if (nss != null) return;
            nss = "0".equals(System.getenv("BULWARK_NSS"))
                    ? CompletableFuture.completedFuture(Optional.empty())
                    : CompletableFuture.supplyAsync(Sha256::startNss, task -> {
                        Thread t = new Thread(task, "bulwark-nss");
                        t.setDaemon(true);
                        t.start();
                    });
        }
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A SHA-256 digest by the best provider ready now, to feed a file piece by piece. */
    public static MessageDigest digest() {
        CompletableFuture<Optional<Provider>> started = nss;
        return digest(started == null ? Optional.empty() : started.getNow(Optional.empty()));
    }

    /** Which provider hashes now: for {@code build --verbose} and tests. */
    public static String provider() {
        CompletableFuture<Optional<Provider>> started = nss;
        return started == null ? "JDK" : started.getNow(Optional.empty()).map(p -> "NSS").orElse("JDK");
    }

    /** Waits for NSS to start or fail (tests). */
    static boolean awaitNss() {
        prepare();
        return nss.join().isPresent();
    }

    private static MessageDigest digest(Optional<Provider> provider) {
        try {
            if (provider.isPresent()) return MessageDigest.getInstance("SHA-256", provider.get());
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private static Optional<Provider> startNss() {
        try {
            Provider pkcs11 = Security.getProvider("SunPKCS11");
            if (pkcs11 == null) return Optional.empty();
            Provider p = pkcs11.configure("--name=bulwark-nss\nnssDbMode=noDb\nattributes=compatibility\n");
            byte[] abc = MessageDigest.getInstance("SHA-256", p).digest("abc".getBytes(StandardCharsets.US_ASCII));
            return ABC.equals(HexFormat.of().formatHex(abc)) ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException | NoSuchAlgorithmException | LinkageError e) {
            return Optional.empty(); // no NSS here, or one that does not work: the JDK hashes
        }
    }
}
