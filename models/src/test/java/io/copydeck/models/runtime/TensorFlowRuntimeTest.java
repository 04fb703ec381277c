package io.copydeck.models.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.ModelException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFlowRuntimeTest {
  @Test
  void cpuOverrideShipsOnTheClasspathWithTheCpuClassifier() throws Exception {
    List<URL> all = Collections.list(getClass().getClassLoader().getResources(TensorFlowRuntime.PROPERTIES));
    assertTrue(all.stream().anyMatch(u -> u.toString().contains("tensorflow-native-cu121")), all.toString());
    URL ours = all.stream().filter(u -> !u.toString().contains("tensorflow-native-cu")).findFirst().orElseThrow();
    String text = new String(ours.openStream().readAllBytes());
    assertTrue(text.contains("classifier=cpu-linux-x86_64") && text.contains("version=2.16.1-20240627"), text);
  }

  @Test
  void nativesFilterShowsOnlyTheRequestedFlavour(@TempDir Path tmp) throws Exception {
    Path cpu = tmp.resolve("copydeck-models");
    Path cuda = tmp.resolve("tensorflow-native-cu121-2.16.1-linux-x86_64");
    for (Path root : List.of(cpu, cuda)) {
      Files.createDirectories(root.resolve("native/lib"));
      Files.writeString(root.resolve(TensorFlowRuntime.PROPERTIES), "x");
    }
    try (URLClassLoader both = new URLClassLoader(new URL[] {cpu.toUri().toURL(), cuda.toUri().toURL()}, null)) {
      List<URL> onlyCpu = Collections.list(new TensorFlowRuntime.NativesFilter(both, "cpu")
          .getResources(TensorFlowRuntime.PROPERTIES));
      List<URL> onlyCuda = Collections.list(new TensorFlowRuntime.NativesFilter(both, "cuda")
          .getResources(TensorFlowRuntime.PROPERTIES));
      assertEquals(1, onlyCpu.size());
      assertTrue(onlyCpu.get(0).toString().contains("copydeck-models"));
      assertEquals(1, onlyCuda.size());
      assertTrue(onlyCuda.get(0).toString().contains("tensorflow-native-cu121"));
    }
    assertThrows(ModelException.class, () -> new TensorFlowRuntime.NativesFilter(getClass().getClassLoader(), "tpu"));
  }

  @Test
  void autoPicksGpuOnlyWhenTensorFlowSeesOne() {
    boolean gpu = TensorFlowRuntime.engine().getGpuCount() > 0;
    assertEquals(gpu, TensorFlowRuntime.device("auto").isGpu());
    assertEquals(false, TensorFlowRuntime.device("cpu").isGpu());
    if (!gpu) {
      ModelException e = assertThrows(ModelException.class, () -> TensorFlowRuntime.device("gpu"));
      assertTrue(e.getMessage().contains("no GPU"), e.getMessage());
    }
  }
}
