package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bulwark.ContentYaml;
import org.junit.jupiter.api.Test;

/**
 * The shipped standard's print document, printed to PDF by Chromium as a reader's "Save as PDF"
 * does: every page of paper carries the version and the effective date, and every listed
 * control is in it. The PDF's text is read page by page with PDFBox.
 */
@BrowserTest.DefaultStandard
class PrintDocumentPdfTest extends BrowserTest {

    @Test
    void everyPageCarriesTheVersionAndDateAndEveryControlIsPrinted(Chromium browser, Site site) throws Exception {
        browser.open(site.dir(), "print/index.html");
        // what the browser's own header and footer would add is left out, as a reader saving a PDF usually does
        Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false, "displayHeaderFooter", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        String[] version = ContentYaml.versionAndDate(defaultContent());
        String running = "version " + version[0] + " · effective " + version[1];
        List<Integer> without = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String page = text.getText(doc);
                if (!page.contains(running)) without.add(p);
                all.append(page);
            }
        }
        assertTrue(pages > 50, pages + " pages");
        assertEquals(List.of(), without, "pages of " + pages + " without \"" + running + "\"");
        String printed = all.toString().replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        for (ContentYaml.Control c : ContentYaml.controls(defaultContent())) {
            // in the contents, and as the heading of its own part
            String heading = c.id() + " " + c.title().replaceAll("\\s+", " ");
            int at = printed.indexOf(heading);
            boolean twice = at >= 0 && printed.indexOf(heading, at + 1) >= 0;
            if (c.listed() != twice) missing.add(c.id());
        }
        assertEquals(List.of(), missing, "listed controls missing from the PDF, or others in it");
    }
}
