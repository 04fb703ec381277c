package io.copydeck.cli;

import io.copydeck.compiler.JobGlob;
import picocli.CommandLine;

/** Reads `--job` and `--regenerate` as a {@link JobGlob}: a malformed one is a usage error (exit 2) naming the option. */
final class GlobOption implements CommandLine.ITypeConverter<JobGlob> {
    @Override
    public JobGlob convert(String value) {
        try {
            return JobGlob.parse(value);
        } catch (JobGlob.Malformed e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
