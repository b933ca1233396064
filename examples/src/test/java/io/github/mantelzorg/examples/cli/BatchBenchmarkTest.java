package io.github.mantelzorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch benchmark runs the CLI's batch path on its input and reports its figures (none is checked: no timing). */
class BatchBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void advisesEveryNetworkOfItsInputAndPrintsThroughputAndPeakMemory() throws Exception {
    CasusGenerator gen = new CasusGenerator(1);
    Json json = Json.create();
    List<String> lines = new ArrayList<>();
    for (long i = 1; i <= 20; i++) {
      lines.add(json.writeLine(gen.next(i)));
    }
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, String.join("\n", lines) + "\n");
    Path output = dir.resolve("out.jsonl");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = BatchBenchmark.run(new String[] {"20", "--input", input.toString(), "--format", "jsonl-compact",
        "--threads", "2", "--output", output.toString()}, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(Files.readAllLines(output)).hasSize(20).allMatch(l -> l.startsWith("{\"line\":"));
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("20 networks").contains("networks/s")
        .contains("us per network").contains("peak memory: resident").contains("--format jsonl-compact");
  }
}
