package io.copydeck.maven;

import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Severity;
import io.copydeck.dsl.text.Printable;
import org.apache.maven.plugin.logging.Log;

/** Diagnostics the way Maven's compiler reports them: `[ERROR] /path/file.campaign:[6,10] E201 message`. */
final class MavenDiagnostics {
    private MavenDiagnostics() {}

    static void log(Log log, Diagnostic d) {
        // CI logs render terminal escapes too: a spec's control characters are shown escaped.
        String line = Printable.line(d.range().file().toAbsolutePath() + ":[" + d.range().startLine() + ","
                + d.range().startColumn() + "] " + d.code().name() + " " + d.message()
                + d.fix().map(f -> " (fix: " + f.title() + ")").orElse(""));
        if (d.severity() == Severity.ERROR) log.error(line);
        else if (d.severity() == Severity.WARNING) log.warn(line);
        else log.info(line);
    }
}
