package io.github.mantelzorg.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** Runs every benchmark method once, so that a broken benchmark fails the normal build (no JMH run, no timing). */
class AdviesBenchSmokeTest {
  @Test
  void everyBenchmarkRunsOnceAndTheSetupCheckPasses() throws Exception {
    AdviesBench b = new AdviesBench();
    b.setUp();
    try {
      List<Method> methods = Arrays.stream(AdviesBench.class.getMethods())
          .filter(m -> m.isAnnotationPresent(Benchmark.class)).toList();
      assertThat(methods).hasSizeGreaterThanOrEqualTo(12);
      for (Method m : methods) {
        assertThat(m.invoke(b)).as(m.getName()).isNotNull();
      }
    } finally {
      b.tearDown();
    }
  }
}
