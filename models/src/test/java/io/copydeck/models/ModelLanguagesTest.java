package io.copydeck.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLanguagesTest {
  @TempDir Path dir;

  @Test
  void aGpt2FolderWithoutTheKeyIsEnglishUndeclared() throws Exception {
    Path config = dir.resolve("config.json");
    Gpt2Config.tiny(101, 32, 32, 2, 4).write(config);
    ModelLanguages l = ModelLanguages.read(config);
    assertEquals(List.of("en"), l.codes());
    assertFalse(l.declared());
    assertTrue(l.writes(Locale.forLanguageTag("en-GB")));
    assertFalse(l.writes(Locale.forLanguageTag("de-DE")));
  }

  @Test
  void writtenLanguagesAreReadBackAndTheConfigStillReads() throws Exception {
    Path config = dir.resolve("config.json");
    Gpt2Config c = Gpt2Config.tiny(101, 32, 32, 2, 4);
    c.write(config);
    ModelLanguages.write(config, List.of("en", "de"));
    assertEquals(new ModelLanguages(List.of("en", "de"), true), ModelLanguages.read(config));
    assertEquals(c, Gpt2Config.read(config), "Hugging Face's fields are kept");
  }

  @Test
  void theShippedModelDeclaresEnglish() {
    ModelLanguages shipped = ModelLanguages.read(Path.of("default", "config.json"));
    assertTrue(shipped.declared());
    assertEquals(List.of("en"), shipped.codes());
  }

  @Test
  void aBadDeclarationIsAClearError() throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"copydeck\": {\"languages\": \"en\"}}");
    assertTrue(assertThrows(ModelException.class, () -> ModelLanguages.read(config)).getMessage()
        .contains("must be a list of language codes"));
    Files.writeString(config, "{\"copydeck\": {\"languages\": [\"English\"]}}");
    assertTrue(assertThrows(ModelException.class, () -> ModelLanguages.read(config)).getMessage()
        .contains("\"English\" in \"copydeck\".\"languages\" is no language code"));
  }
}
