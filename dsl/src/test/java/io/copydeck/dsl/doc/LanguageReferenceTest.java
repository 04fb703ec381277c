package io.copydeck.dsl.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.schema.PropertySpec;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.schema.ValueType;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanguageReferenceTest {
    private static final Schema SCHEMA = Schema.get();
    private static final String RENDERED = LanguageReference.render();

    /** A fenced example: ```campaign, optionally followed by the file's path, so others can import it. */
    private static final Pattern EXAMPLE = Pattern.compile("(?ms)^```campaign(?: +(\\S+))?\\n(.*?)^```$");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(.*)$");
    /** Where the examples live for the checker: a folder that exists nowhere, served from memory. */
    private static final Path EXAMPLES = Path.of("doc-examples");

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        String root = System.getProperty("copydeck.root", Path.of("").toAbsolutePath().getParent().toString());
        Path file = Path.of(root).resolve(LanguageReference.FILE);
        String howToFix = LanguageReference.FILE + " is out of date with the schema, the diagnostic codes or the prose"
                + " in " + LanguageReference.PROSE + ". Regenerate it from the project root with:\n    "
                + LanguageReference.REGENERATE + "\nthen commit it.";
        if (!Files.exists(file)) fail(file + " does not exist. " + howToFix);
        String committed = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!committed.equals(RENDERED)) fail(howToFix + "\n" + firstDifference(RENDERED, committed));
    }

    @Test
    void headerSaysHowToRegenerate() {
        assertTrue(RENDERED.startsWith("<!--"), "the reference opens with its do-not-edit comment");
        String header = RENDERED.substring(0, RENDERED.indexOf("-->"));
        assertTrue(header.contains("Do not edit"), header);
        assertTrue(header.contains(LanguageReference.REGENERATE), header);
        assertFalse(RENDERED.contains("<!-- generated:"), "every generated section was filled in");
    }

    @Test
    void everyBlockAndPropertyIsDocumentedInItsSection() {
        for (BlockSpec block : SCHEMA.blocks()) {
            if (block.kind().equals(Schema.FILE)) continue;
            String section = section("### `" + block.kind() + "`");
            assertTrue(section.contains(block.doc()), "doc of block " + block.kind());
            for (PropertySpec p : block.properties()) {
                assertTrue(section.contains("| `" + p.name() + "` |"), "property " + block.kind() + "." + p.name());
                assertTrue(section.contains(p.doc().replace("|", "\\|")), "doc of " + block.kind() + "." + p.name());
                for (String member : p.members()) {
                    assertTrue(section.contains("`" + member + "`"), "enum member " + member + " of " + p.name());
                }
            }
            for (var child : block.children()) {
                assertTrue(section.contains("[`" + child.kind() + "`]"), "child " + child.kind() + " of " + block.kind());
            }
        }
    }

    @Test
    void everyChannelKindAndFieldIsDocumentedWithItsLimit() {
        for (ChannelKind kind : SCHEMA.channelKinds()) {
            String section = section("### channel " + kind.name());
            assertTrue(section.contains(kind.doc()), "doc of channel kind " + kind.name());
            assertTrue(section.contains(kind.social() ? "A social kind" : "Not a social kind"), kind.name());
            for (FieldKind f : kind.fields()) {
                String row = "| `" + f.name() + "` | " + (f.limit() == null ? "none" : f.limit().toString()) + " | ";
                assertTrue(section.contains(row), "field " + kind.name() + "." + f.name() + ": " + row);
            }
        }
    }

    @Test
    void everyValueTypeUnitAndCodeIsDocumented() {
        String types = section("## Value types");
        for (ValueType type : ValueType.values()) {
            assertTrue(types.contains("| " + type.description() + " | `" + type.example() + "` |"), type.name());
        }
        for (LengthUnit unit : LengthUnit.values()) {
            assertTrue(RENDERED.contains("| `" + unit.word() + "` |"), "unit " + unit.word());
        }
        String diagnostics = section("## Diagnostics");
        for (Code code : Code.values()) {
            assertTrue(diagnostics.contains("| " + code.name() + " | " + code.severity().label() + " | "
                    + code.summary().replace("|", "\\|") + " |"), "code " + code);
        }
    }

    @Test
    void everyCodeTheProseMentionsExists() {
        Matcher m = Pattern.compile("\\b[EWI]\\d{3}\\b").matcher(LanguageReference.prose());
        while (m.find()) {
            String name = m.group();
            assertTrue(java.util.Arrays.stream(Code.values()).anyMatch(c -> c.name().equals(name)),
                    "the prose mentions " + name + ", which is not a diagnostic code");
        }
    }

    /** Every example in the prose checks without errors; imports are served from the other examples. */
    @Test
    void everyExampleChecksWithoutErrors() throws SourceReadException {
        String prose = LanguageReference.prose();
        Matcher fences = FENCE.matcher(prose);
        int opening = 0;
        while (fences.find()) {
            if (opening++ % 2 == 0) {
                assertTrue(fences.group(1).startsWith("campaign"), "every example is a ```campaign block, so it is "
                        + "checked here; found ```" + fences.group(1));
            }
        }
        Map<Path, String> examples = new LinkedHashMap<>();
        Map<Path, Integer> firstLines = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(prose);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : "example-" + (examples.size() + 1) + ".campaign";
            Path path = EXAMPLES.resolve(name).normalize();
            examples.put(path, m.group(2));
            firstLines.put(path, (int) prose.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() + 1);
        }
        assertEquals(opening / 2, examples.size(), "every fenced block was read as an example");
        assertTrue(examples.size() >= 4, "the prose has examples: " + examples.keySet());

        List<String> problems = new ArrayList<>();
        for (Path path : examples.keySet()) {
            CheckResult result = Checker.check(path, p -> {
                String text = examples.get(p.normalize());
                if (text == null) throw new SourceReadException(p + " is not an example of the reference", true, null, 0);
                return new SourceFile(p, text);
            });
            result.diagnostics().stream().filter(Diagnostic::isError)
                    .forEach(d -> problems.add(LanguageReference.PROSE + " line "
                            + (firstLines.getOrDefault(d.range().file().normalize(), 1) + d.range().startLine() - 1) + " ("
                            + d.range().file() + ":" + d.range().startLine() + "): " + d.code() + " " + d.message()));
        }
        assertTrue(problems.isEmpty(), "examples in " + LanguageReference.PROSE + " have errors:\n"
                + String.join("\n", problems));
    }

    /** The documented default of `variants` is what the model assumes when it is left out. */
    @Test
    void documentedVariantsDefaultIsTheModels() {
        CheckResult result = Checker.checkText(Path.of("default.campaign"), """
                brand b { name: "B" legal: "B Co., 1 Main Street" }
                product p { name: "P" price: 1 USD }
                campaign c {
                  title: "C"
                  brand: b
                  audience a { description: "A" }
                  channel push { audience: a }
                }
                """);
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        Channel channel = result.spec().campaign().channels().get(0);
        assertEquals(SCHEMA.defaultValue("channel", "variants").orElseThrow(), "`" + channel.variants() + "`");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The rendered text from a heading line to the next heading of the same or a higher level. */
    private static String section(String heading) {
        int start = RENDERED.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "the reference has a heading `" + heading + "`");
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = RENDERED.length();
        for (String h = level; h.length() >= 3; h = h.substring(1)) {
            int next = RENDERED.indexOf("\n" + h, start + heading.length() + 1);
            if (next >= 0) end = Math.min(end, next);
        }
        return RENDERED.substring(start, end);
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().collect(Collectors.toList());
        List<String> a = actual.lines().collect(Collectors.toList());
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String want = i < e.size() ? e.get(i) : "(end of file)";
            String got = i < a.size() ? a.get(i) : "(end of file)";
            if (!want.equals(got)) {
                return "first difference at line " + (i + 1) + ":\n  rendered:  " + want + "\n  committed: " + got;
            }
        }
        return "the files differ only in line endings or a final newline";
    }
}
