package io.github.mantelzorg.rules.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.Adviesrapport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Cold start probe: run it in a fresh JVM and measure the process from start to exit (see
 * {@code src/test/bench/coldstart.sh}). It reads one network from a JSON file and stops right after the first
 * result.
 *
 * <ul>
 *   <li>{@code engine FILE}: read with the model's {@link Json}, build the engine (full catalogue), advise once;
 *   <li>{@code json FILE}: the floor with the model: only read the network with {@link Json};
 *   <li>{@code jackson FILE}: the bare floor: only parse the file with a Jackson {@code ObjectMapper}.
 * </ul>
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String text = Files.readString(Path.of(args[1]));
    switch (mode) {
      case "engine" -> {
        Zorgnetwerk n = Json.create().readZorgnetwerk(text);
        Adviesrapport r = AdviesEngine.create().advise(n, LocalDate.of(2026, 11, 24));
        System.out.println("advice " + r.adviezen().size() + " first " + r.adviezen().get(0).code());
      }
      case "json" -> System.out.println("read " + Json.create().readZorgnetwerk(text).id());
      case "jackson" -> System.out.println("parsed " + new ObjectMapper().readTree(text).size());
      default -> throw new IllegalArgumentException("mode: engine, json or jackson");
    }
  }
}
