package org.bulwark.model;

import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/**
 * An external catalogue that controls cite. {@code url} links identifiers to the framework's
 * own site: {@code {id}} in it is replaced by the identifier. {@code verification}: the
 * verification method whose refs are this framework's identifiers (Security Hub's control ids
 * are the identifiers of AWS Foundational Security Best Practices), so a control that checks
 * itself with one is listed on the cross-walk too, as verifying with it rather than citing it.
 */
public record Framework(String id, String title, Optional<String> url, Optional<VerificationMethod> verification,
                        SourcePosition position) {

    /** A framework no verification method belongs to. */
    public Framework(String id, String title, Optional<String> url, SourcePosition position) {
        this(id, title, url, Optional.empty(), position);
    }

    public Optional<String> urlFor(String identifier) {
        return url.map(u -> u.contains("{id}") ? u.replace("{id}", encode(identifier)) : u);
    }

    /**
     * An identifier inside a URL: letters, digits, {@code - . _ ~ ( )} as they are (so
     * {@code AC-2(1)} stays readable), everything else percent-encoded as UTF-8
     * ({@code Claim 1.4.2} -> {@code Claim%201.4.2}).
     */
    static String encode(String identifier) {
        StringBuilder sb = new StringBuilder(identifier.length());
        for (byte b : identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~()".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
