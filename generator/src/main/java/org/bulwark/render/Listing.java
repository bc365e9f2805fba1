package org.bulwark.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.link.Dependency;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Page;
import org.bulwark.model.Topic;

/**
 * How the standard lists its controls, worked out once from the model before anything is
 * rendered: the published and listed controls, each area's controls in the order its pages
 * show them (topic by topic, then the others) and where each one and each topic is listed,
 * each service's controls, the controls each control replaces, and the reading path. Immutable:
 * the route table and every page's model read it.
 */
public final class Listing {
    /** The topic of an area's controls that name none of its topics. */
    public static final String OTHER_TOPIC = "other";
    static final String OTHER_TITLE = "Other controls";

    /**
     * One topic of an area's listing: its controls, and where its first one is listed (for a
     * topic without controls, the area's page; none for an empty "other").
     */
    public record TopicListing(String id, String title, List<Control> controls, Optional<String> url) {
        public int count() {
            return controls.size();
        }

        boolean isOther() {
            return id.equals(OTHER_TOPIC);
        }
    }

    /**
     * An area's listed controls as its pages show them: topic by topic, "other" last; {@code
     * listed} in the catalogue's order; how many pages the list takes; how many are baseline.
     */
    public record AreaListing(Area area, List<Control> controls, List<Control> listed, List<TopicListing> topics,
                              int pages, long baseline) {}

    private final List<Control> published;
    private final Set<String> publishedIds = new HashSet<>();
    private final List<Control> listed;
    private final Map<String, AreaListing> areas = new LinkedHashMap<>();
    private final Map<String, List<Control>> byService = new HashMap<>();
    private final Map<String, List<Control>> predecessors = new HashMap<>();
    /** Where each listed control is listed: a page of its area and the topic's anchor. */
    private final Map<String, String> listedAt = new HashMap<>();
    private final Map<String, String> topicOf = new HashMap<>();
    private final List<Page> readingPath;

    public Listing(Index index, List<Control> published) {
        this.published = List.copyOf(published);
        this.listed = published.stream().filter(Control::listed).toList();
        for (Control c : published) publishedIds.add(c.id());
        for (Control c : published) {
            c.supersededBy().ifPresent(s -> predecessors.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c));
        }
        Map<String, List<Control>> byArea = new HashMap<>();
        for (Control c : listed) {
            c.services().forEach(a -> byService.computeIfAbsent(a.service().id(), k -> new ArrayList<>()).add(c));
            byArea.computeIfAbsent(c.area().id(), k -> new ArrayList<>()).add(c);
        }
        for (Area a : index.content().areas()) {
            areas.put(a.id(), area(a, byArea.getOrDefault(a.id(), List.of())));
        }
        this.readingPath = readingPath(index);
    }

    private AreaListing area(Area a, List<Control> listedHere) {
        for (Control c : listedHere) {
            topicOf.put(c.id(), c.topic().flatMap(t -> a.topic(t.id())).map(Topic::id).orElse(OTHER_TOPIC));
        }
        List<String> ids = new ArrayList<>(a.topics().stream().map(Topic::id).toList());
        List<String> titles = new ArrayList<>(a.topics().stream().map(Topic::title).toList());
        ids.add(OTHER_TOPIC);
        titles.add(OTHER_TITLE);
        List<List<Control>> byTopic = new ArrayList<>();
        List<Control> order = new ArrayList<>(listedHere.size());
        for (String t : ids) {
            List<Control> here = listedHere.stream().filter(c -> topicOf.get(c.id()).equals(t)).toList();
            byTopic.add(here);
            order.addAll(here);
        }
        int pages = Pagination.count(order.size(), Pagination.PAGE_SIZE);
        String first = Urls.area(a.id());
        for (int i = 0; i < order.size(); i++) {
            Control c = order.get(i);
            listedAt.put(c.id(), Pagination.url(first, i / Pagination.PAGE_SIZE + 1) + "#topic-" + topicOf.get(c.id()));
        }
        List<TopicListing> topics = new ArrayList<>();
        for (int t = 0; t < ids.size(); t++) {
            List<Control> here = byTopic.get(t);
            boolean other = ids.get(t).equals(OTHER_TOPIC);
            Optional<String> url = !here.isEmpty() ? Optional.of(listedAt.get(here.get(0).id()))
                    : other ? Optional.empty() : Optional.of(first + (pages > 1 ? "" : "#topic-" + ids.get(t)));
            topics.add(new TopicListing(ids.get(t), titles.get(t), here, url));
        }
        long baseline = order.stream().filter(Control::isBaseline).count();
        return new AreaListing(a, List.copyOf(order), List.copyOf(listedHere), List.copyOf(topics), pages, baseline);
    }

    /** Pages in reading order: start from pages nobody names as next, follow next. */
    private static List<Page> readingPath(Index index) {
        List<Page> pages = index.content().pages();
        Set<String> targets = new HashSet<>();
        for (Page p : pages) p.next().ifPresent(n -> targets.add(n.id()));
        List<Page> out = new ArrayList<>();
        for (Page start : pages) {
            if (targets.contains(start.id()) || start.next().isEmpty()) continue;
            for (Page p = start; p != null && !out.contains(p); p = p.next().flatMap(n -> index.page(n.id())).orElse(null)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Controls in the site: drafts only with {@code --drafts}. */
    public List<Control> published() {
        return published;
    }

    public boolean isPublished(String controlId) {
        return publishedIds.contains(controlId);
    }

    /** Published controls in the catalogue, lists and counts: all but withdrawn ones. */
    public List<Control> listed() {
        return listed;
    }

    /** The listing of an area of the content (every area has one, empty or not). */
    public AreaListing area(String areaId) {
        return areas.get(areaId);
    }

    public List<AreaListing> areas() {
        return List.copyOf(areas.values());
    }

    /** The listed controls that apply to a service, in the catalogue's order. */
    public List<Control> service(String serviceId) {
        return byService.getOrDefault(serviceId, List.of());
    }

    /** The published controls a control supersedes. */
    public List<Control> predecessors(String controlId) {
        return predecessors.getOrDefault(controlId, List.of());
    }

    /** The topic a listed control is listed under on its area's page: its own, or "other". */
    public String topicOf(Control c) {
        return topicOf.get(c.id());
    }

    /**
     * Where the area's pages list a control: its own place when it is listed, else where its topic
     * starts, else the area's first page.
     */
    public String listedAt(Control c) {
        String at = listedAt.get(c.id());
        if (at != null) return at;
        AreaListing a = areas.get(c.area().id());
        String topic = c.topic().map(t -> t.id()).orElse(null);
        if (a != null && topic != null) {
            for (TopicListing t : a.topics()) if (t.id().equals(topic) && t.url().isPresent()) return t.url().get();
        }
        return Urls.area(c.area().id());
    }

    public List<Page> readingPath() {
        return readingPath;
    }

    /**
     * The listings that differ from {@code before}'s ({@link Dependency.Kind#AREA_LISTING},
     * {@link Dependency.Kind#SERVICE_LISTING}): an area's when its controls, their order or their
     * topics changed, a service's when its controls or their order did. A control's text is no
     * part of a listing: its own dependency covers that.
     */
    public Set<Dependency> changedListings(Listing before) {
        Set<Dependency> out = new LinkedHashSet<>();
        Set<String> areaIds = new LinkedHashSet<>(before.areas.keySet());
        areaIds.addAll(areas.keySet());
        for (String a : areaIds) {
            if (!placesIn(before.areas.get(a), before).equals(placesIn(areas.get(a), this))) {
                out.add(Dependency.areaListing(a));
            }
        }
        Set<String> serviceIds = new LinkedHashSet<>(before.byService.keySet());
        serviceIds.addAll(byService.keySet());
        for (String s : serviceIds) {
            if (!ids(before.service(s)).equals(ids(service(s)))) out.add(Dependency.serviceListing(s));
        }
        return out;
    }

    /** An area's controls in page order, each with its topic; empty for no area. */
    private static List<String> placesIn(AreaListing area, Listing listing) {
        if (area == null) return List.of();
        return area.controls().stream().map(c -> c.id() + "#" + listing.topicOf(c)).toList();
    }

    private static List<String> ids(List<Control> controls) {
        return controls.stream().map(Control::id).toList();
    }
}
