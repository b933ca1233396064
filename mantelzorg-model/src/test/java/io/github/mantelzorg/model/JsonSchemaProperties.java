package io.github.mantelzorg.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mantelzorg.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the model can hold, the shipped JSON Schemas accept: every value that {@link Json} writes validates. This
 * is the check that the schemas, generated from the model classes, follow the model (a property the schema forgot,
 * or a wrong type, would fail here).
 */
class JsonSchemaProperties {
  private static final Json JSON = Json.create();

  @Provide
  Arbitrary<Casus> casussen() {
    return ModelArbitraries.casussen();
  }

  @Provide
  Arbitrary<Zorgnetwerk> netwerken() {
    return ModelArbitraries.zorgnetwerken();
  }

  @Provide
  Arbitrary<Samenwerkingsverband> verbanden() {
    return ModelArbitraries.samenwerkingsverbanden();
  }

  @Property(tries = 50)
  void everyCasusIsValid(@ForAll("casussen") Casus casus) {
    assertThat(JsonSchemas.errors(JsonSchemas.CASUS, JSON.write(casus))).isEmpty();
  }

  @Property(tries = 100)
  void everyNetworkIsValid(@ForAll("netwerken") Zorgnetwerk netwerk) {
    assertThat(JsonSchemas.errors(JsonSchemas.ZORGNETWERK, JSON.write(netwerk))).isEmpty();
  }

  @Property(tries = 100)
  void everyPartnershipIsValid(@ForAll("verbanden") Samenwerkingsverband verband) {
    assertThat(JsonSchemas.errors(JsonSchemas.SAMENWERKINGSVERBAND, JSON.write(verband))).isEmpty();
  }
}
