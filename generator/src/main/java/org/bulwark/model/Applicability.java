package org.bulwark.model;

import java.util.Optional;

/**
 * A service a control applies to, optionally with how the work splits between the provider
 * and the customer for that service.
 */
public record Applicability(Ref service, Optional<Responsibility> responsibility, Markdown provider,
                            Markdown customer) {}
