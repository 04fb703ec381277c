package io.copydeck.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.copydeck.dsl.text.Printable;

/**
 * JSON for a terminal or a pipe. Jackson escapes C0 controls already; DEL, the C1 controls and the
 * bidi overrides it writes raw, and a terminal may obey them. Here they are `\\uXXXX` too (valid
 * JSON, the same string once parsed): the same characters {@link Printable} escapes in text.
 */
final class TerminalSafeJson {
    private TerminalSafeJson() {}

    /** An indenting mapper whose output holds no character a terminal would act on. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new Escapes());
        return mapper;
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= Character.MAX_VALUE && Printable.needsEscape((char) ch)
                    ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
