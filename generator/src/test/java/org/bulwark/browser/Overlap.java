package org.bulwark.browser;

import java.util.List;

/**
 * Measures, in the browser, that an id's text never runs into what follows it: in a table, the
 * id cell's content against the next cell's (and its border); in a list, the id element's
 * content against the rest of its line. Nothing is measured from screenshots: the boxes of the
 * laid-out text (Range.getClientRects) are compared.
 */
final class Overlap {
    private Overlap() {}

    /** Ids in a table's first cell, each row's second cell the title or the controls. */
    static final String CELLS = "cells";

    private static final String SCRIPT = """
            var sel = arguments[0], idSel = arguments[1], out = [], checked = 0;
            // the boxes of the visible text in a range: not text for screen readers only, which is
            // clipped to a pixel but whose unclipped boxes would run anywhere
            function rects(range) {
              var out = [], root = range.commonAncestorContainer;
              var walk = document.createTreeWalker(root.nodeType === 3 ? root.parentNode : root, NodeFilter.SHOW_TEXT);
              for (var n = walk.nextNode(); n; n = walk.nextNode()) {
                if (!range.intersectsNode(n) || n.parentNode.closest('.visually-hidden') || !n.textContent.trim()) continue;
                var r = document.createRange(); r.selectNodeContents(n);
                Array.prototype.forEach.call(r.getClientRects(), function (b) { if (b.width > 0 && b.height > 0) out.push(b); });
              }
              return out;
            }
            function contents(el) { var r = document.createRange(); r.selectNodeContents(el); return rects(r); }
            function after(el, box) { var r = document.createRange(); r.setStartAfter(el); r.setEnd(box, box.childNodes.length); return rects(r); }
            function meet(as, bs) {
              return as.some(function (a) { return bs.some(function (b) {
                return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              }); });
            }
            document.querySelectorAll(sel).forEach(function (box) {
              var id, mine, theirs, border = null;
              if (idSel === 'cells') {
                id = box.cells[0]; mine = contents(id); theirs = contents(box.cells[1]);
                border = box.cells[1].getBoundingClientRect().left;
              } else {
                id = box.querySelector(idSel); if (!id) return;
                mine = contents(id); theirs = after(id, box);
              }
              var name = id.textContent.trim();
              var right = Math.max.apply(null, mine.map(function (r) { return r.right; }));
              checked++;
              if (!mine.length || !theirs.length) out.push(name + ': nothing laid out to measure');
              else if (meet(mine, theirs)) out.push(name + ' overlaps what follows it');
              else if (border !== null && right > border + 0.5) {
                out.push(name + ' runs into the next cell (' + Math.round(right) + ' > ' + Math.round(border) + ')');
              }
            });
            return {checked: checked, problems: out};
            """;

    /**
     * The problems found among the elements {@code boxes} selects: with {@link #CELLS}, table
     * rows; else the elements holding an id element ({@code idSelector}, such as {@code .cid}).
     * Fails when nothing was measured, so a renamed class cannot make the check vacuous.
     */
    @SuppressWarnings("unchecked")
    static List<String> problems(Chromium browser, String boxes, String idSelector) {
        var result = (java.util.Map<String, Object>) browser.js(SCRIPT, boxes, idSelector);
        if (((Number) result.get("checked")).intValue() == 0) return List.of("nothing matches " + boxes);
        return (List<String>) result.get("problems");
    }
}
