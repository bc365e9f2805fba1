package org.bulwark.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * FreeMarker, locked down: HTML auto-escaping, no {@code ?new} (nothing may be instantiated),
 * no {@code ?api}, and a wrapper that accepts only maps, lists, strings, numbers and booleans,
 * so templates can reach no Java object. User templates override built-in ones by name.
 */
public final class Templates {
    private final Configuration config;
    private final Optional<Path> userDir;

    public Templates(Optional<Path> userDir) throws IOException {
        this.userDir = userDir;
        config = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, ThemeFiles.BUILT_IN);
        config.setTemplateLoader(userDir.isPresent()
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.get().toFile()), builtIn})
                : builtIn);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        config.setLocalizedLookup(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setURLEscapingCharset("UTF-8");
    }

    /**
     * Renders {@code name} with a plain-data model to {@code out}; true if it rendered. On error,
     * a diagnostic at the template's line and column, and what was written is to be dropped.
     */
    public boolean render(String name, Map<String, Object> model, java.io.Writer out, Diagnostics diagnostics) {
        try {
            Template template = config.getTemplate(name);
            template.process(model, out);
            return true;
        } catch (ParseException e) {
            diagnostics.error(templatePosition(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    "template", "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            diagnostics.error(templatePosition(e.getTemplateSourceName(), orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber())), "template", firstLine(e.getMessageWithoutStackTop()));
        } catch (freemarker.template.TemplateNotFoundException e) {
            diagnostics.error(templatePosition(name, 0, 0), "template", "template not found: " + e.getTemplateName());
        } catch (IOException e) {
            diagnostics.error(templatePosition(name, 0, 0), "template", "cannot read template: " + e.getMessage());
        }
        return false;
    }

    private SourcePosition templatePosition(String name, int line, int column) {
        String n = name == null ? "?" : name;
        Path file = userDir.map(d -> d.resolve(n)).filter(p -> p.toFile().isFile())
                .orElse(Path.of("templates", n));
        return new SourcePosition(file, line, column);
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
