package io.github.mantelzorg.rules;

import java.util.Locale;

/** Taal: the language of advice texts. */
public enum Taal {
  /** Dutch, the default. */
  NL(Locale.forLanguageTag("nl")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Taal(Locale locale) {
    this.locale = locale;
  }

  /** The locale of this language. */
  public Locale locale() {
    return locale;
  }
}
