package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobGlobTest {
    private static final String ID = "spring/email.welcome/pro/v1/subject";

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "*/email.welcome/*/v1/subject | spring/email.welcome/pro/v1/subject | true",
            "*/email.welcome/*/v2/subject | spring/email.welcome/pro/v1/subject | false",
            "*                            | spring/email.welcome/pro/v1/subject | false",
            "**                           | spring/email.welcome/pro/v1/subject | true",
            "**/subject                   | spring/email.welcome/pro/v1/subject | true",
            "**/sub                       | spring/email.welcome/pro/v1/subject | false",
            "spring/**                    | spring/email.welcome/pro/v1/subject | true",
            "*/email.*/**                 | spring/email.welcome/pro/v1/subject | true",
            "*/email*                     | spring/email.welcome/pro/v1/subject | false",
            "*/*/*/v?/*                   | spring/email.welcome/pro/v1/subject | true",
            "*/*/*/v?/*                   | spring/email.welcome/pro/v12/subject | false",
            "spring?email.welcome/**      | spring/email.welcome/pro/v1/subject | false",
            "*/*/*/v[0-9]/*               | spring/email.welcome/pro/v1/subject | true",
            "*/*/*/v[!1]/*                | spring/email.welcome/pro/v1/subject | false",
            "*/*/*/v[abc1]/*              | spring/email.welcome/pro/v1/subject | true",
            "**/{subject,body}            | spring/email.welcome/pro/v1/subject | true",
            "**/{body,cta}                | spring/email.welcome/pro/v1/subject | false",
            "*/{email.*,sms}/**           | spring/sms/pro/v1/text              | true",
            "email.*                      | email.welcome                       | true",
            "email.*                      | sms                                 | false",
            "sms                          | sms                                 | true",
            "''                           | ''                                  | true",
            "''                           | sms                                 | false",
            "s\\*s                        | s*s                                 | true",
            "s\\*s                        | sms                                 | false",
    })
    void matchesAsTheJdkGlobDid(String glob, String id, boolean expected) {
        assertEquals(expected, JobGlob.parse(glob).matches(id), glob + " on " + id);
        // The JDK's matcher is the reference for the syntax these options always took.
        assertEquals(expected, FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(id)),
                "the JDK agrees on " + glob);
    }

    @Test
    void aPatternThatMadeTheJdkBacktrackForMinutesIsLinear() {
        String glob = "**a".repeat(12) + "**X";
        assertTrue(JobGlob.parse(glob).matches("a".repeat(12) + "X")); // loaded and warm before the clock starts
        // The JDK's matcher took minutes on this; the automaton does 200 steps over 40 states.
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertFalse(JobGlob.parse(glob).matches("a".repeat(200))));
        String many = "*a".repeat(200) + "*X";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertFalse(JobGlob.parse(many).matches("a".repeat(1_000))));
    }

    @Test
    void aMalformedPatternSaysWhereAndWhy() {
        JobGlob.Malformed open = assertThrows(JobGlob.Malformed.class, () -> JobGlob.parse("["));
        assertTrue(open.getMessage().contains("`[` without its `]`") && open.getMessage().contains("character 1"),
                open.getMessage());
        assertTrue(assertThrows(JobGlob.Malformed.class, () -> JobGlob.parse("**/{a,b"))
                .getMessage().contains("`{` without its `}`"));
        assertTrue(assertThrows(JobGlob.Malformed.class, () -> JobGlob.parse("{a,{b}}"))
                .getMessage().contains("cannot be nested"));
        assertTrue(assertThrows(JobGlob.Malformed.class, () -> JobGlob.parse("ab\\"))
                .getMessage().contains("escapes nothing"));
        assertTrue(assertThrows(JobGlob.Malformed.class, () -> JobGlob.parse("[z-a]"))
                .getMessage().contains("backwards"));
        assertTrue(JobGlob.parse("\\[").matches("["), "an escaped `[` is the character");
    }
}
