package org.bulwark.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.link.ServicePart;
import org.bulwark.link.Urls;
import org.bulwark.link.Workload;
import org.bulwark.model.Control;
import org.bulwark.model.Service;

/**
 * What the workload view's script reads, as scripts rather than JSON so that they load from
 * {@code file://} (a page there cannot fetch): one file with the controls every workload gets
 * whatever its services (the baseline and the account-wide controls, at every level), and one
 * per service with the parts of every control that applies to it and the controls not in the
 * first file. A selection loads the first and its services' files only, so what a reader's
 * browser loads grows with the services chosen, not with the standard.
 *
 * <p>Each file is one call, {@code BulwarkWorkload.add({...})}: {@code controls} in the shape of
 * {@link WorkloadPage#item}, {@code parts} in that of {@link WorkloadPage#part}. Controls come
 * as a list, not an object keyed by id, which a control named {@code constructor} would trip:
 * workload.js keeps them in a map of its own. Their HTML links
 * start with {@code {{root}}}, to be made relative to the workload page as the file is written.
 */
public final class WorkloadData {
    /** The controls every workload gets: the baseline and the account-wide ones. */
    public static final String COMMON = "workload/data/common.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadData() {}

    /** The file of one service: the controls that apply to it. */
    public static String service(String serviceId) {
        return "workload/data/services/" + serviceId + ".js";
    }

    /** The page whose links the files' HTML is written for: the workload view. */
    public static String page() {
        return Urls.workload();
    }

    /** Whether a listed control is in {@link #COMMON}: it applies to every workload that reaches its level. */
    static boolean common(Control c) {
        return c.isBaseline() || Workload.accountWide(c);
    }

    /** Path -> the file's text. */
    public static Map<String, String> build(PageContext context) {
        Listing listing = context.listing();
        Map<String, Integer> order = WorkloadPage.order(listing);
        Map<String, String> out = new LinkedHashMap<>();
        List<Object> common = new ArrayList<>();
        for (Control c : ordered(listing)) {
            if (common(c)) common.add(WorkloadPage.item(context, c, order.get(c.id()), Workload.DEFAULT_LEVEL));
        }
        out.put(COMMON, call(Data.map("controls", common)));
        Map<String, List<ServicePart>> parts = ServicePart.byService(listing.listed());
        for (Service s : context.index().content().services()) {
            List<Object> controls = new ArrayList<>();
            List<Object> partsHere = new ArrayList<>();
            for (ServicePart p : parts.getOrDefault(s.id(), List.of())) {
                Control c = p.control();
                if (!common(c)) controls.add(WorkloadPage.item(context, c, order.get(c.id()), Workload.DEFAULT_LEVEL));
                partsHere.add(WorkloadPage.part(context, p));
            }
            out.put(service(s.id()), call(Data.map("service", s.id(), "controls", controls, "parts", partsHere)));
        }
        return out;
    }

    /** The listed controls in the view's order: area by area. */
    private static List<Control> ordered(Listing listing) {
        List<Control> out = new ArrayList<>();
        for (Listing.AreaListing a : listing.areas()) out.addAll(a.listed());
        return out;
    }

    private static String call(Map<String, Object> data) {
        try {
            return "window.BulwarkWorkload.add(" + JSON.writeValueAsString(data) + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain data always writes as JSON", e);
        }
    }
}
