package io.copydeck.maven;

import io.copydeck.compiler.Asset;
import io.copydeck.compiler.AssetStatus;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.BuildProgress;
import io.copydeck.compiler.Gpt2ModelHandle;
import io.copydeck.compiler.OutputFolderException;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * `copydeck:build`: checks, then builds every campaign under src/main/campaigns into
 * target/generated-resources/copydeck/CAMPAIGN, incrementally: the generation cache lives in
 * .copydeck/cache beside the specs, so `mvn clean` does not cost a regeneration.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class BuildMojo extends AbstractMojo {
    @Parameter(property = "copydeck.campaigns", defaultValue = "${project.basedir}/src/main/campaigns")
    File campaigns;

    @Parameter(property = "copydeck.output", defaultValue = "${project.build.directory}/generated-resources/copydeck")
    File output;

    /** A Hugging Face GPT-2 folder; default: $COPYDECK_MODEL. */
    @Parameter(property = "copydeck.model")
    File model;

    @Parameter(property = "copydeck.device", defaultValue = "auto")
    String device;

    @Parameter(property = "copydeck.batch", defaultValue = "8")
    int batch;

    @Parameter(property = "copydeck.candidates", defaultValue = "2")
    int candidates;

    @Parameter(property = "copydeck.rounds", defaultValue = "3")
    int rounds;

    @Parameter(property = "copydeck.keepGoing", defaultValue = "false")
    boolean keepGoing;

    /**
     * Let the build take over an output folder it did not write (overwrite its index.html, manifest.json
     * or a file with an asset's name); links and the folders `/`, home and the spec's are refused anyway.
     */
    @Parameter(property = "copydeck.force", defaultValue = "false")
    boolean force;

    @Parameter(property = "copydeck.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("copydeck: skipped");
            return;
        }
        int errors = CheckMojo.check(campaigns.toPath(), this);
        if (errors > 0) throw new MojoFailureException("copydeck: the specs have errors; nothing built");
        Path modelDir = model != null ? model.toPath()
                : System.getenv("COPYDECK_MODEL") != null ? Path.of(System.getenv("COPYDECK_MODEL")) : null;
        if (modelDir == null || !Files.isDirectory(modelDir)) {
            throw new MojoExecutionException("copydeck: no model folder: set <model> or COPYDECK_MODEL"
                    + (modelDir == null ? "" : " (" + modelDir + " is not a folder)"));
        }
        int failed = 0;
        try {
            Gpt2ModelHandle handle = new Gpt2ModelHandle(modelDir, device, 0);
            for (Path spec : CampaignFiles.under(campaigns.toPath())) {
                CheckResult checked = Checker.check(spec, CheckMojo.importScope(campaigns.toPath()));
                if (checked.spec().campaign() == null) continue;
                Path out = output.toPath().resolve(checked.spec().campaign().id());
                Path cache = spec.toAbsolutePath().getParent().resolve(".copydeck").resolve("cache");
                BuildPipeline.Result r = new BuildPipeline(handle, BuildProgress.SILENT).build(checked, spec,
                        new BuildPipeline.Options(out, cache, candidates, rounds, batch, Set.of(), force));
                for (Asset a : r.assets()) {
                    if (a.status() == AssetStatus.FAILED) {
                        failed++;
                        getLog().error("copydeck: " + a.id() + ": " + a.error());
                    }
                }
                getLog().info(String.format("copydeck: %s: %d assets into %s; %d completions, %d from cache, %d model calls",
                        spec.getFileName(), r.assets().size(), out, r.completions(), r.cacheHits(), r.modelCalls()));
            }
        } catch (OutputFolderException e) {
            // The user's folder, not a broken build: said as a failure with its fix, no stack trace.
            throw new MojoFailureException("copydeck: " + e.withFix("<output>", "<force>true</force> (-Dcopydeck.force=true)"));
        } catch (Exception e) {
            throw new MojoExecutionException("copydeck: build failed: " + e.getMessage(), e);
        }
        addResource();
        // Failed assets are always listed as failed in the outputs; keepGoing only lets the build go on.
        if (failed > 0 && !keepGoing) {
            throw new MojoFailureException("copydeck: " + failed + " asset(s) cannot meet their constraints"
                    + " (listed as failed)");
        }
    }

    private void addResource() {
        Resource resource = new Resource();
        resource.setDirectory(output.getAbsolutePath());
        resource.setTargetPath("copydeck");
        if (project.getResources().stream().noneMatch(r -> output.getAbsolutePath().equals(r.getDirectory()))) {
            project.addResource(resource);
        }
    }

}
