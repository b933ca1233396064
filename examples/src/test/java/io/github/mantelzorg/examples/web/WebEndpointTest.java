package io.github.mantelzorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.InvalidModelException;
import io.github.mantelzorg.model.Json;
import io.github.mantelzorg.model.testing.Scenarios;
import io.github.mantelzorg.rules.AdviesEngine;
import io.github.mantelzorg.rules.RapportJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The model behind a Spring Boot 3 web endpoint, bound by Spring's own {@code ObjectMapper} (which Spring Boot sets up
 * leniently: unknown fields ignored). A request body is a {@link Casus}; a bad one gives 400 with every problem, as
 * RFC 9457 problem details ({@code application/problem+json}) with a {@code problems} member: the same problems
 * {@link Json} gives. Nothing of the model is registered with Spring: the model types bring their own binding.
 */
@WebMvcTest(controllers = WebEndpointTest.AdviesController.class)
class WebEndpointTest {
  /**
   * The application: one endpoint and its error handling (imported: Spring Boot's test scanning leaves out the nested
   * classes of a test class).
   */
  @SpringBootApplication
  @Import({AdviesController.class, Problemen.class})
  static class App {
    @Bean(destroyMethod = "close")
    AdviesEngine engine() {
      return AdviesEngine.create();
    }
  }

  @RestController
  static class AdviesController {
    private final AdviesEngine engine;

    AdviesController(AdviesEngine engine) {
      this.engine = engine;
    }

    @PostMapping(path = "/advies", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    String advies(@RequestBody Casus casus, @RequestParam("peildatum") LocalDate peildatum) {
      return RapportJson.write(engine.advise(casus, peildatum));
    }
  }

  /** Bad input as RFC 9457 problem details; the model's problems, each with its path, value and expectation. */
  @RestControllerAdvice
  static class Problemen {
    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalid(InvalidModelException e) {
      // The message's first line names the document and counts its problems: "Invalid Zorgnetwerk: 3 problems".
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage().lines().findFirst()
          .orElse(""));
      p.setTitle("Invalid document");
      p.setProperty("problems", e.problems());
      return p;
    }

    /** Malformed JSON (Spring's parser), or the model's problems inside a type of the application. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidModelException m) {
          return invalid(m);
        }
      }
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not well-formed JSON.");
      p.setTitle("Unreadable request body");
      return p;
    }
  }

  private static final ObjectMapper TREE = new ObjectMapper();

  @Autowired
  private MockMvc mvc;

  @Autowired
  private ObjectMapper springMapper;

  private MvcResult send(String body) throws Exception {
    return mvc.perform(post("/advies").param("peildatum", "2026-11-24").contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
        .content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
  }

  @Test
  void springsMapperIsTheLenientOne() {
    // The point of the test: Spring Boot's mapper ignores unknown fields; the model does not.
    assertThat(springMapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
  }

  @Test
  void aGoodCaseIsAdvised() throws Exception {
    String s1 = Scenarios.json("s1-zoon-vader-dementie.json");

    MvcResult r = send(s1);

    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    try (AdviesEngine engine = AdviesEngine.create()) {
      assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
          .isEqualTo(RapportJson.write(engine.advise(Json.create().readCasus(s1), LocalDate.of(2026, 11, 24))));
    }
  }

  @Test
  void aBadCaseGives400WithEveryProblemAsProblemDetails() throws Exception {
    String bad = Scenarios.json("s1-zoon-vader-dementie.json")
        .replaceFirst("\"gemeente\": \"Deventer\"", "\"gemeente\": \"Deventer\", \"onbekendVeld\": true")
        .replaceFirst("\"relatie\": \"KIND\"", "\"relatie\": \"kind\"")
        .replaceFirst("\"waarde\": 8", "\"waarde\": 14");
    InvalidModelException expected = catchInvalid(bad);
    assertThat(expected.problems()).hasSize(3);

    MvcResult r = send(bad);

    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode body = TREE.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("title").asText()).isEqualTo("Invalid document");
    assertThat(body.get("detail").asText()).isEqualTo("Invalid Zorgnetwerk: 3 problems");
    assertThat(body.get("problems")).isEqualTo(TREE.valueToTree(expected.problems()));
    assertThat(body.get("problems").get(0).get("path").asText()).isEqualTo("onbekendVeld");
  }

  @Test
  void malformedJsonGives400AsProblemDetails() throws Exception {
    MvcResult r = send("{\"id\": ");

    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(TREE.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("title").asText())
        .isEqualTo("Unreadable request body");
  }

  private static InvalidModelException catchInvalid(String json) {
    try {
      Json.create().readCasus(json);
    } catch (InvalidModelException e) {
      return e;
    }
    throw new AssertionError("expected the document to be rejected");
  }
}
