package io.github.mantelzorg.model;

/**
 * Limits on JSON input, so that one hostile or broken record cannot exhaust memory or stack. The defaults are
 * generous for real care networks and partnerships; change them with {@link #withMaxDocumentChars(long)} and its
 * siblings.
 *
 * <p>The first five are limits of the JSON itself, checked while parsing; the last two are limits of the model,
 * checked on the parsed document before it is bound, and reported at the list that crosses them.
 *
 * @param maxDocumentChars longest document (for JSON Lines: longest line), in characters (default 5,000,000)
 * @param maxStringLength longest string value, in characters (default 10,000)
 * @param maxNestingDepth deepest nesting of objects and arrays (default 32; the model itself needs 6)
 * @param maxNumberLength longest number literal, in characters (default 20)
 * @param maxArrayLength most elements in any one array (default 1,000)
 * @param maxPersonenPerNetwerk most persons in one care network: mantelzorgers, vrijwilligers, beroepskrachten,
 *     informeleContacten and ervaringsdeskundigen together, the zorgvrager not counted (default 1,000)
 * @param maxOrganisatiesPerVerband most organisations in one partnership: leden and kandidaten together
 *     (default 1,000)
 */
public record JsonLimits(
    long maxDocumentChars, int maxStringLength, int maxNestingDepth, int maxNumberLength, int maxArrayLength,
    int maxPersonenPerNetwerk, int maxOrganisatiesPerVerband) {

  /** The default limits. */
  public static final JsonLimits DEFAULT = new JsonLimits(5_000_000L, 10_000, 32, 20, 1_000, 1_000, 1_000);

  /**
   * Rejects limits below 1.
   *
   * @param maxDocumentChars longest document, in characters
   * @param maxStringLength longest string value, in characters
   * @param maxNestingDepth deepest nesting of objects and arrays
   * @param maxNumberLength longest number literal, in characters
   * @param maxArrayLength most elements in any one array
   * @param maxPersonenPerNetwerk most persons in one care network
   * @param maxOrganisatiesPerVerband most organisations in one partnership
   */
  public JsonLimits {
    if (maxDocumentChars < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxNumberLength < 1 || maxArrayLength < 1
        || maxPersonenPerNetwerk < 1 || maxOrganisatiesPerVerband < 1) {
      throw new IllegalArgumentException("every JSON limit must be at least 1: " + this);
    }
  }

  /**
   * The five JSON limits, with the default model limits (the constructor of version 0.1).
   *
   * @param maxDocumentChars longest document, in characters
   * @param maxStringLength longest string value, in characters
   * @param maxNestingDepth deepest nesting of objects and arrays
   * @param maxNumberLength longest number literal, in characters
   * @param maxArrayLength most elements in any one array
   */
  public JsonLimits(
      long maxDocumentChars, int maxStringLength, int maxNestingDepth, int maxNumberLength, int maxArrayLength) {
    this(maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength, 1_000, 1_000);
  }

  /**
   * A copy with another document limit.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxDocumentChars(long value) {
    return new JsonLimits(value, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength,
        maxPersonenPerNetwerk, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another string limit.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDocumentChars, value, maxNestingDepth, maxNumberLength, maxArrayLength,
        maxPersonenPerNetwerk, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another nesting limit.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, value, maxNumberLength, maxArrayLength,
        maxPersonenPerNetwerk, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another number-length limit.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, value, maxArrayLength,
        maxPersonenPerNetwerk, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another array-length limit.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxArrayLength(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, value,
        maxPersonenPerNetwerk, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another limit on persons per care network.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxPersonenPerNetwerk(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength,
        value, maxOrganisatiesPerVerband);
  }

  /**
   * A copy with another limit on organisations per partnership.
   *
   * @param value the new limit, at least 1
   * @return the copy
   */
  public JsonLimits withMaxOrganisatiesPerVerband(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength,
        maxPersonenPerNetwerk, value);
  }
}
