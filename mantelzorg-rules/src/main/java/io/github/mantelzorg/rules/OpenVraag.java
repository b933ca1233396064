package io.github.mantelzorg.rules;

import java.util.List;
import java.util.Objects;

/**
 * OpenVraag: something the record does not say that would decide one or more rules: what to find out, about whom,
 * and which rule codes it would decide. The report lists it beside the advice, never as advice; there is at most one
 * per fact and subject.
 *
 * @param sleutel the missing fact, e.g. {@code belasting} or {@code sofa.betrokkenBijZorgplan}
 * @param onderwerp the id of the person, organisation or record it is about
 * @param naam the display name of the subject
 * @param vraag what to find out, in the report's language
 * @param codes the rule codes it would decide, sorted
 */
public record OpenVraag(String sleutel, String onderwerp, String naam, String vraag, List<String> codes) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param sleutel the missing fact
   * @param onderwerp the id of the person, organisation or record it is about
   * @param naam the display name of the subject
   * @param vraag what to find out, in the report's language
   * @param codes the rule codes it would decide, sorted
   */
  public OpenVraag {
    Objects.requireNonNull(sleutel, "sleutel");
    Objects.requireNonNull(onderwerp, "onderwerp");
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(vraag, "vraag");
    codes = List.copyOf(codes);
  }
}
