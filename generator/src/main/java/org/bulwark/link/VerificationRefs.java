package org.bulwark.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulwark.model.Control;
import org.bulwark.model.Verification;
import org.bulwark.model.VerificationMethod;

/**
 * Every ref the listed controls verify with (AWS Config rules, Security Hub controls, ...), per
 * method, in natural order, with the controls using it: what a reader holding a finding's rule
 * name looks up, and the rows of a verification index. Built in one pass over the controls.
 */
public final class VerificationRefs {
    private final Map<VerificationMethod, TreeMap<String, List<Control>>> byMethod = new EnumMap<>(VerificationMethod.class);

    public VerificationRefs(List<Control> controls) {
        for (Control c : controls) {
            if (!c.listed()) continue;
            for (Verification v : c.verification()) {
                if (v.ref().isEmpty()) continue;
                List<Control> using = byMethod.computeIfAbsent(v.method(), m -> new TreeMap<>(NaturalOrder.INSTANCE))
                        .computeIfAbsent(v.ref().get(), r -> new ArrayList<>());
                if (using.isEmpty() || using.get(using.size() - 1) != c) using.add(c);
            }
        }
    }

    /** The methods some listed control gives a ref for, in declaration order. */
    public List<VerificationMethod> methods() {
        return List.copyOf(byMethod.keySet());
    }

    /** Ref -> the listed controls verifying with it (in control order), refs in natural order. */
    public Map<String, List<Control>> refs(VerificationMethod method) {
        return byMethod.getOrDefault(method, new TreeMap<>(NaturalOrder.INSTANCE));
    }
}
