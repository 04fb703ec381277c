package io.copydeck.maven;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.text.Printable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** `copydeck:check`: checks every spec under src/main/campaigns and fails the build on errors. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    @Parameter(property = "copydeck.campaigns", defaultValue = "${project.basedir}/src/main/campaigns")
    File campaigns;

    @Parameter(property = "copydeck.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("copydeck: skipped");
            return;
        }
        int errors = check(campaigns.toPath(), this);
        if (errors > 0) {
            throw new MojoFailureException("copydeck: " + errors + " error" + (errors == 1 ? "" : "s")
                    + " in campaign specs; see above");
        }
    }

    /**
     * Imports may read the spec's own folder and the campaigns folder it lies in (a spec in a
     * subfolder may import `../shared/brand.campaign`), nothing outside the project's specs.
     */
    static ImportScope importScope(Path campaigns) {
        return new ImportScope(List.of(campaigns));
    }

    /** Checks and logs every spec; returns the number of errors. Shared with the build goal. */
    static int check(Path dir, AbstractMojo mojo) throws MojoExecutionException {
        List<Path> specs;
        try {
            specs = CampaignFiles.under(dir);
        } catch (IOException e) {
            throw new MojoExecutionException("copydeck: cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (specs.isEmpty()) {
            mojo.getLog().info("copydeck: no .campaign files in " + dir);
            return 0;
        }
        Set<Diagnostic> all = new LinkedHashSet<>();
        for (Path spec : specs) {
            try {
                CheckResult result = Checker.check(spec, importScope(dir));
                all.addAll(result.diagnostics());
            } catch (SourceReadException e) {
                throw new MojoExecutionException("copydeck: " + Printable.line(e.getMessage()));
            }
        }
        all.forEach(d -> MavenDiagnostics.log(mojo.getLog(), d));
        long errors = all.stream().filter(Diagnostic::isError).count();
        mojo.getLog().info("copydeck: checked " + specs.size() + " spec" + (specs.size() == 1 ? "" : "s") + ": "
                + errors + " errors, " + (all.size() - errors) + " warnings");
        return (int) errors;
    }
}
