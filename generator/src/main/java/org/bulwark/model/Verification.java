package org.bulwark.model;

import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/** One way to check a control: a Config rule, a Security Hub control, a command, a procedure. */
public record Verification(VerificationMethod method, Optional<String> ref, Markdown description,
                           SourcePosition position) {}
