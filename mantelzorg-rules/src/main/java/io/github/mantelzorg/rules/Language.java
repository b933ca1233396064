package io.github.mantelzorg.rules;

import java.util.Locale;

/** The language of the advice texts: Dutch (the default) or English. */
public enum Language {
  /** Dutch, the default. */
  NL(Locale.forLanguageTag("nl")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale of this language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
