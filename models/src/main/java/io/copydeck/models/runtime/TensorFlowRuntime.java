package io.copydeck.models.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.copydeck.models.ModelException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Starts DJL's TensorFlow engine (which loads the JNI library) and picks the device.
 *
 * <p>Natives come from the tensorflow-native-cu121 jar; our own native/lib/tensorflow.properties
 * (classifier cpu) lets DJL load the same .so files on machines without CUDA. DJL itself prefers
 * the cu121 entry when CUDA is present. {@code -Dcopydeck.tensorflow.natives=cpu|cuda} (or the
 * environment variable COPYDECK_TENSORFLOW_NATIVES) forces one entry by hiding the other from DJL.
 * This must run before any org.tensorflow class is touched, or the JNI library is not found.
 */
public final class TensorFlowRuntime {
  static final String PROPERTIES = "native/lib/tensorflow.properties";
  private static Engine engine;

  private TensorFlowRuntime() {}

  public static synchronized Engine engine() {
    if (engine != null) {
      return engine;
    }
    String natives = System.getProperty("copydeck.tensorflow.natives",
        System.getenv().getOrDefault("COPYDECK_TENSORFLOW_NATIVES", "auto"));
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    ClassLoader base = previous != null ? previous : TensorFlowRuntime.class.getClassLoader();
    if (!natives.equals("auto")) {
      t.setContextClassLoader(new NativesFilter(base, natives));
    }
    try {
      engine = Engine.getEngine("TensorFlow");
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new ModelException("TensorFlow engine failed to start (natives=" + natives + "): " + e.getMessage(), e);
    } finally {
      t.setContextClassLoader(previous);
    }
    return engine;
  }

  /**
   * The device to run on: "auto" is the first GPU when TensorFlow sees one, else the CPU.
   */
  public static Device device(String preference) {
    Engine e = engine();
    return switch (preference) {
      case "cpu" -> Device.cpu();
      case "gpu" -> {
        if (e.getGpuCount() == 0) {
          throw new ModelException("--device gpu: TensorFlow sees no GPU on this machine");
        }
        yield Device.gpu();
      }
      case "auto" -> e.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
      default -> throw new ModelException("device \"" + preference + "\": expected auto, cpu or gpu");
    };
  }

  /** "cpu" or "gpu(0)" plus the engine version, for reports. */
  public static String describe(Device d) {
    return (d.isGpu() ? "gpu(" + d.getDeviceId() + ")" : "cpu") + ", TensorFlow " + engine().getVersion();
  }

  /** Shows DJL only the properties file of the requested flavour. */
  static final class NativesFilter extends ClassLoader {
    private final String flavour;

    NativesFilter(ClassLoader parent, String flavour) {
      super(parent);
      if (!flavour.equals("cpu") && !flavour.equals("cuda")) {
        throw new ModelException("copydeck.tensorflow.natives=" + flavour + ": expected auto, cpu or cuda");
      }
      this.flavour = flavour;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      Enumeration<URL> all = super.getResources(name);
      if (!name.equals(PROPERTIES)) {
        return all;
      }
      List<URL> kept = new ArrayList<>();
      for (URL u : Collections.list(all)) {
        boolean cuda = u.toString().contains("tensorflow-native-cu");
        if (cuda == flavour.equals("cuda")) {
          kept.add(u);
        }
      }
      return Collections.enumeration(kept);
    }
  }
}
