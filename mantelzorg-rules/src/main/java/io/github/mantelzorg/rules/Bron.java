package io.github.mantelzorg.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Bron: a source a reader can follow: the publication (title, publisher, year, authors when known), the place in it
 * (page or section) and, where one was found and checked, the address where it can be read.
 *
 * @param titel the title; titles of Dutch publications stay Dutch
 * @param uitgever the publisher
 * @param jaar the year of publication, or "z.j." when the publication gives none
 * @param auteurs the authors, when known
 * @param vindplaats the page or section the rule relies on, when given
 * @param url the address, when found and checked
 * @param opmerking a note on the source (e.g. "no cut-off found"), when there is one
 */
public record Bron(String titel, String uitgever, String jaar, Optional<String> auteurs, Optional<String> vindplaats,
    Optional<String> url, Optional<String> opmerking) {
  /**
   * Rejects nulls.
   *
   * @param titel the title
   * @param uitgever the publisher
   * @param jaar the year of publication, or "z.j." when the publication gives none
   * @param auteurs the authors, when known
   * @param vindplaats the page or section the rule relies on, when given
   * @param url the address, when found and checked
   * @param opmerking a note on the source
   */
  public Bron {
    Objects.requireNonNull(titel, "titel");
    Objects.requireNonNull(uitgever, "uitgever");
    Objects.requireNonNull(jaar, "jaar");
    Objects.requireNonNull(auteurs, "auteurs");
    Objects.requireNonNull(vindplaats, "vindplaats");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(opmerking, "opmerking");
  }

  /**
   * The citation in one line: authors, title, publisher, year, place; the address is not included.
   *
   * @return the citation
   */
  public String citaat() {
    StringBuilder b = new StringBuilder();
    auteurs.ifPresent(a -> b.append(a).append(", "));
    b.append(titel).append(". ").append(uitgever).append(", ").append(jaar);
    vindplaats.ifPresent(v -> b.append(", ").append(v));
    return b.toString();
  }

  @Override
  public String toString() {
    return citaat() + url.map(u -> " <" + u + ">").orElse("");
  }
}
