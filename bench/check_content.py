#!/usr/bin/env python3
"""Strict check of a Bulwark content folder against SPEC section 3, independent of the generator.

    python3 bench/check_content.py CONTENT_DIR

Used by the benchmark to prove that its inputs (SyntheticStandard's, and the NIST catalog imported
with `bulwark import oscal`) are
valid content, so that a failing bulwark build is the generator's problem and not the input's.
Checks: YAML parses, no anchors/aliases, only the keys SPEC section 3 names, id patterns, file
name = id, enums, strings where strings are expected (no numbers or booleans), topics belong to
the area, every service covers every layer exactly once, every cross-reference resolves to
something that exists and is not a draft (references through an alias are counted as
warnings). Exit status 1 when there is any error.
"""
import os
import re
import sys
import datetime

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# control, alias and requirement ids as real standards write them: IAM-01, PO.1.1, AC-2(1), a
CONTROL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._()-]{0,63}$")
OTHER_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
XREF = re.compile(r"\[\[([^\[\]]+)\]\]")

STANDARD_KEYS = {"id", "title", "version", "owner", "effective", "provider", "summary", "baseline", "layers", "frameworks"}
AREA_KEYS = {"title", "order", "summary", "topics", "references"}
CONTROL_KEYS = {"id", "title", "area", "topic", "level", "severity", "responsibility", "status", "owner", "reviewed",
                "statement", "requirements", "rationale", "guidance", "services", "verification", "evidence",
                "references", "related", "aliases", "superseded_by"}
SERVICE_KEYS = {"id", "name", "category", "summary", "responsibilities", "guidance"}
PAGE_KEYS = {"title", "order", "nav", "next", "summary"}
TERM_KEYS = {"term", "definition", "aliases"}

errors = []
warnings = []
markdown = []  # (where, text, published)


def err(where, msg):
    errors.append(f"{where}: error: {msg}")


def keys(where, d, allowed, required=()):
    if not isinstance(d, dict):
        err(where, f"expected a mapping, got {type(d).__name__}")
        return False
    for k in d:
        if k not in allowed:
            err(where, f"unknown key '{k}'")
    for k in required:
        if k not in d:
            err(where, f"missing required key '{k}'")
    return True


def string(where, v, key, pattern=None):
    if not isinstance(v, str):
        err(where, f"'{key}' must be a string, got {type(v).__name__} ({v!r})")
        return False
    if pattern is not None and not pattern.match(v):
        err(where, f"'{key}' value '{v}' does not match {pattern.pattern}")
        return False
    return True


def date(where, v, key):
    if isinstance(v, datetime.date):
        return
    if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        return
    err(where, f"'{key}' must be an ISO date, got {v!r}")


def enum(where, v, key, values):
    if string(where, v, key) and v not in values:
        err(where, f"'{key}' must be one of {sorted(values)}, got '{v}'")


def string_list(where, v, key, pattern=None):
    if not isinstance(v, list):
        err(where, f"'{key}' must be a list")
        return []
    for x in v:
        string(where, x, key, pattern)
    return [x for x in v if isinstance(x, str)]


def identifiers(where, v, key):
    """Framework identifiers: free text as the framework publishes it, one line, 1-200 characters."""
    for x in string_list(where, v if isinstance(v, list) else [v], key):
        if not x.strip() or x != x.strip() or len(x) > 200 or any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in x):
            err(where, f"framework identifier {x!r} must be one line of 1-200 characters")


def load(path, text=None):
    if text is None:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            err(path, "YAML anchors and aliases are not allowed")
            break
    return yaml.load(text, Loader=Loader)


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        err(path, "missing front matter")
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(path, "unterminated front matter")
        return {}, text
    return load(path, text[4:end + 1]) or {}, text[end + 5:]


def main(root):
    std_path = os.path.join(root, "standard.yaml")
    std = load(std_path)
    keys(std_path, std, STANDARD_KEYS, ("id", "title"))
    for k in ("id",):
        string(std_path, std.get(k), k, OTHER_ID)
    for k in ("title", "version", "owner", "provider", "summary"):
        if k in std:
            string(std_path, std[k], k)
    if "effective" in std:
        date(std_path, std["effective"], "effective")
    if "baseline" in std and keys(std_path, std["baseline"], {"title", "intro"}):
        for k, v in std["baseline"].items():
            string(std_path, v, k)
    layers, frameworks = [], []
    for kind, out, allowed in (("layers", layers, {"id", "title"}), ("frameworks", frameworks, {"id", "title", "url"})):
        for item in std.get(kind, []):
            if keys(std_path, item, allowed, ("id", "title")):
                string(std_path, item["id"], "id", OTHER_ID)
                string(std_path, item["title"], "title")
                out.append(item["id"])
    markdown.append((std_path, std.get("summary", ""), True))
    markdown.append((std_path, (std.get("baseline") or {}).get("intro", ""), True))

    areas = {}
    for name in sorted(os.listdir(os.path.join(root, "areas"))):
        path = os.path.join(root, "areas", name)
        area_id = name[:-3]
        if not name.endswith(".md") or not OTHER_ID.match(area_id):
            err(path, "area file name must be <area-id>.md")
            continue
        fm, body = front_matter(path)
        keys(path, fm, AREA_KEYS, ("title",))
        string(path, fm.get("title"), "title")
        if "order" in fm and (not isinstance(fm["order"], int) or isinstance(fm["order"], bool)):
            err(path, "'order' must be an integer")
        if "summary" in fm:
            string(path, fm["summary"], "summary")
        topics = set()
        for t in fm.get("topics", []):
            if keys(path, t, {"id", "title"}, ("id", "title")):
                string(path, t["id"], "id", OTHER_ID)
                string(path, t["title"], "title")
                topics.add(t["id"])
        refs = fm.get("references", {})
        if keys(path, refs, set(frameworks)):
            for fw, ids in refs.items():
                identifiers(path, ids, fw)
        areas[area_id] = topics
        markdown.append((path, body, True))

    services = {}
    services_dir = os.path.join(root, "services")
    for name in sorted(os.listdir(services_dir)) if os.path.isdir(services_dir) else []:
        path = os.path.join(root, "services", name)
        s = load(path)
        keys(path, s, SERVICE_KEYS, ("id", "name"))
        if not string(path, s.get("id"), "id", OTHER_ID) or name != s["id"] + ".yaml":
            err(path, "file name must be <id>.yaml")
        for k in ("name", "summary", "guidance"):
            if k in s:
                string(path, s[k], k)
        enum(path, s.get("category"), "category", {"infrastructure", "container", "abstracted"})
        seen = []
        for r in s.get("responsibilities", []):
            if keys(path, r, {"layer", "owner", "notes"}, ("layer", "owner")):
                enum(path, r["layer"], "layer", set(layers))
                enum(path, r["owner"], "owner", {"provider", "customer", "shared"})
                if "notes" in r:
                    string(path, r["notes"], "notes")
                seen.append(r["layer"])
        if sorted(seen) != sorted(layers):
            err(path, f"responsibilities must cover every layer exactly once, got {seen}")
        services[s["id"]] = s
        markdown.append((path, s.get("summary", ""), True))
        markdown.append((path, s.get("guidance", ""), True))
        for r in s.get("responsibilities", []):
            markdown.append((path, r.get("notes", ""), True))

    pages = {}
    pages_dir = os.path.join(root, "pages")
    for name in sorted(os.listdir(pages_dir)) if os.path.isdir(pages_dir) else []:
        path = os.path.join(pages_dir, name)
        fm, body = front_matter(path)
        keys(path, fm, PAGE_KEYS, ("title",))
        string(path, fm.get("title"), "title")
        if "nav" in fm and not isinstance(fm["nav"], bool):
            err(path, "'nav' must be true or false")
        if "order" in fm and (not isinstance(fm["order"], int) or isinstance(fm["order"], bool)):
            err(path, "'order' must be an integer")
        pages[name[:-3]] = fm
        markdown.append((path, body, True))
    for pid, fm in pages.items():
        if "next" in fm and fm["next"] not in pages:
            err(os.path.join(pages_dir, pid + ".md"), f"next page '{fm['next']}' does not exist")

    terms = {}
    term_aliases = set()
    gpath = os.path.join(root, "glossary.yaml")
    if os.path.exists(gpath):
        for t in load(gpath) or []:
            if keys(gpath, t, TERM_KEYS, ("term", "definition")):
                string(gpath, t["term"], "term")
                string(gpath, t["definition"], "definition")
                term_aliases.update(string_list(gpath, t.get("aliases", []), "aliases"))
                terms[t["term"]] = t
                markdown.append((gpath, t["definition"], True))

    controls = {}
    files = []
    for d, _, names in os.walk(os.path.join(root, "controls")):
        files += [os.path.join(d, n) for n in names]
    for path in sorted(files):
        c = load(path)
        if not keys(path, c, CONTROL_KEYS, ("id", "title", "area", "statement")):
            continue
        if not string(path, c.get("id"), "id", CONTROL_ID):
            continue
        if os.path.basename(path) != c["id"] + ".yaml":
            err(path, "file name must be <ID>.yaml")
        if c["id"] in controls:
            err(path, f"duplicate control id {c['id']}")
        controls[c["id"]] = (path, c)
    aliases = {}
    for cid, (path, c) in controls.items():
        for k in ("title", "statement", "rationale", "guidance", "owner"):
            if k in c:
                string(path, c[k], k)
        enum(path, c.get("area"), "area", set(areas))
        if "topic" in c:
            string(path, c["topic"], "topic", OTHER_ID)
            if c["topic"] not in areas.get(c.get("area"), set()):
                err(path, f"topic '{c['topic']}' is not a topic of area '{c.get('area')}'")
        if "level" in c:
            enum(path, c["level"], "level", {"baseline", "standard", "advanced"})
        if "severity" in c:
            enum(path, c["severity"], "severity", {"critical", "high", "medium", "low"})
        if "responsibility" in c:
            enum(path, c["responsibility"], "responsibility", {"customer", "provider", "shared"})
        if "status" in c:
            enum(path, c["status"], "status", {"active", "draft", "deprecated", "withdrawn"})
        if "reviewed" in c:
            date(path, c["reviewed"], "reviewed")
        published = c.get("status", "active") != "draft"
        for k in ("statement", "rationale", "guidance"):
            if k in c:
                markdown.append((path, c[k], published))
        ids = set()
        for r in c.get("requirements", []):
            if keys(path, r, {"id", "text", "level"}, ("id", "text")):
                string(path, r["id"], "requirement id", CONTROL_ID)
                string(path, r["text"], "text")
                if "level" in r:
                    enum(path, r["level"], "level", {"baseline", "standard", "advanced"})
                if r["id"] in ids:
                    err(path, f"duplicate requirement id {r['id']}")
                ids.add(r["id"])
                markdown.append((path, r["text"], published))
        for s in c.get("services", []):
            if isinstance(s, str):
                sid = s
            elif keys(path, s, {"id", "responsibility", "provider", "customer"}, ("id",)):
                sid = s["id"]
                if "responsibility" in s:
                    enum(path, s["responsibility"], "responsibility", {"customer", "provider", "shared"})
                for k in ("provider", "customer"):
                    if k in s:
                        string(path, s[k], k)
                        markdown.append((path, s[k], published))
            else:
                continue
            if sid not in services:
                err(path, f"unknown service '{sid}'")
        for v in c.get("verification", []):
            if keys(path, v, {"method", "ref", "description"}, ("method",)):
                for k, x in v.items():
                    string(path, x, k)
                if "description" in v:
                    markdown.append((path, v["description"], published))
        ids = set()
        for e in c.get("evidence", []):
            if keys(path, e, {"id", "description"}, ("id",)):
                string(path, e["id"], "evidence id", OTHER_ID)
                if "description" in e:
                    string(path, e["description"], "description")
                if e["id"] in ids:
                    err(path, f"duplicate evidence id {e['id']}")
                ids.add(e["id"])
        refs = c.get("references", {})
        if keys(path, refs, set(frameworks)):
            for fw, xs in refs.items():
                identifiers(path, xs, fw)
        for a in string_list(path, c.get("aliases", []), "aliases", CONTROL_ID):
            if a in controls:
                err(path, f"alias {a} equals a live id")
            if a in aliases:
                err(path, f"alias {a} used twice")
            aliases[a] = cid
    for cid, (path, c) in controls.items():
        published = c.get("status", "active") != "draft"
        for rid in string_list(path, c.get("related", []), "related", CONTROL_ID):
            target = controls.get(rid)
            if target is None:
                err(path, f"related control {rid} does not exist")
            elif published and target[1].get("status") == "draft":
                err(path, f"related control {rid} is a draft")
        if "superseded_by" in c:
            sb = c["superseded_by"]
            if string(path, sb, "superseded_by", CONTROL_ID):
                if sb not in controls:
                    err(path, f"superseded_by {sb} does not exist")
                elif controls[sb][1].get("status", "active") in ("draft", "withdrawn"):
                    err(path, f"superseded_by {sb} is {controls[sb][1]['status']}")
            if c.get("status") not in ("deprecated", "withdrawn"):
                err(path, "superseded_by needs status deprecated or withdrawn")

    count = 0
    for where, text, published in markdown:
        for m in XREF.finditer(text or ""):
            count += 1
            target = m.group(1).split("|", 1)[0].strip()
            kind, _, rest = target.partition(":") if ":" in target else ("control", "", target)
            name, _, frag = rest.partition("#")
            if kind == "control":
                if name in controls:
                    if published and controls[name][1].get("status") == "draft":
                        err(where, f"reference to draft control [[{target}]]")
                elif name in aliases:
                    warnings.append(f"{where}: warning: [[{target}]] goes through an alias")
                else:
                    err(where, f"unknown control [[{target}]]")
                if frag and frag not in ("statement", "rationale", "guidance", "verification", "evidence",
                                         "references") and not frag.startswith(("req-", "evidence-")):
                    err(where, f"unknown section in [[{target}]]")
            elif kind == "service":
                if name not in services:
                    err(where, f"unknown service [[{target}]]")
            elif kind == "area":
                if name not in areas:
                    err(where, f"unknown area [[{target}]]")
            elif kind == "page":
                if name not in pages:
                    err(where, f"unknown page [[{target}]]")
            elif kind == "term":
                if name not in terms:
                    if name in term_aliases:
                        warnings.append(f"{where}: warning: [[{target}]] goes through a term alias")
                    else:
                        err(where, f"unknown term [[{target}]]")
            elif kind == "framework":
                if name not in frameworks:
                    err(where, f"unknown framework [[{target}]]")
            else:
                err(where, f"unknown reference kind [[{target}]]")

    for line in warnings[:20]:
        print(line)
    for line in errors[:50]:
        print(line)
    status = {}
    for _, c in controls.values():
        status[c.get("status", "active")] = status.get(c.get("status", "active"), 0) + 1
    print(f"{root}: {len(controls)} controls {status}, {len(areas)} areas, {len(services)} services, "
          f"{len(pages)} pages, {len(terms)} terms, {count} cross-references "
          f"({count / max(1, len(controls)):.1f} per control); {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
