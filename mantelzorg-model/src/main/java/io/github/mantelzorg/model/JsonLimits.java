package io.github.mantelzorg.model;

/**
 * Limits on JSON input, so that one hostile or broken record cannot exhaust memory or stack. The defaults are
 * generous for real care networks and partnerships; change them with {@link #withMaxDocumentChars(long)} and its
 * siblings.
 *
 * @param maxDocumentChars longest document, in characters (default 5,000,000)
 * @param maxStringLength longest string value, in characters (default 10,000)
 * @param maxNestingDepth deepest nesting of objects and arrays (default 32; the model itself needs 6)
 * @param maxNumberLength longest number literal, in characters (default 20)
 * @param maxArrayLength most elements in any one array (default 1,000)
 */
public record JsonLimits(
    long maxDocumentChars, int maxStringLength, int maxNestingDepth, int maxNumberLength, int maxArrayLength) {

  /** The default limits. */
  public static final JsonLimits DEFAULT = new JsonLimits(5_000_000L, 10_000, 32, 20, 1_000);

  /** Rejects limits below 1. */
  public JsonLimits {
    if (maxDocumentChars < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxNumberLength < 1 || maxArrayLength < 1) {
      throw new IllegalArgumentException("every JSON limit must be at least 1: " + this);
    }
  }

  /** A copy with another document limit. */
  public JsonLimits withMaxDocumentChars(long value) {
    return new JsonLimits(value, maxStringLength, maxNestingDepth, maxNumberLength, maxArrayLength);
  }

  /** A copy with another string limit. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDocumentChars, value, maxNestingDepth, maxNumberLength, maxArrayLength);
  }

  /** A copy with another nesting limit. */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, value, maxNumberLength, maxArrayLength);
  }

  /** A copy with another number-length limit. */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, value, maxArrayLength);
  }

  /** A copy with another array-length limit. */
  public JsonLimits withMaxArrayLength(int value) {
    return new JsonLimits(maxDocumentChars, maxStringLength, maxNestingDepth, maxNumberLength, value);
  }
}
