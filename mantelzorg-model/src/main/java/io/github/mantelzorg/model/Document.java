package io.github.mantelzorg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One JSON document as read by {@link Json#readDocument(String)}: the case it stands for, and the shape it was written
 * in. A bare network or partnership is read as a case of that one part; its {@link #kind()} tells the caller to name
 * paths without the case's prefix ({@code mantelzorgers[0]}, not {@code zorgnetwerken[0].mantelzorgers[0]}).
 *
 * @param casus the case
 * @param kind the shape of the document
 */
public record Document(Casus casus, Kind kind) {

  /** The three shapes a document may have. */
  public enum Kind {
    /** A bare care network: a {@link Zorgnetwerk} object. */
    ZORGNETWERK,
    /** A bare partnership: a {@link Samenwerkingsverband} object. */
    SAMENWERKINGSVERBAND,
    /** A {@link Casus} object with {@code zorgnetwerken} and/or {@code samenwerkingsverband}. */
    CASUS
  }

  /**
   * Rejects nulls.
   *
   * @param casus the case
   * @param kind the shape of the document
   */
  public Document {
    Objects.requireNonNull(casus, "casus");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The network, when the document is a bare network.
   *
   * @return the network, or empty for another shape
   */
  public Optional<Zorgnetwerk> zorgnetwerk() {
    return kind == Kind.ZORGNETWERK ? Optional.of(casus.zorgnetwerken().get(0)) : Optional.empty();
  }

  /**
   * The partnership, when the document is a bare partnership.
   *
   * @return the partnership, or empty for another shape
   */
  public Optional<Samenwerkingsverband> samenwerkingsverband() {
    return kind == Kind.SAMENWERKINGSVERBAND ? casus.samenwerkingsverband() : Optional.empty();
  }
}
