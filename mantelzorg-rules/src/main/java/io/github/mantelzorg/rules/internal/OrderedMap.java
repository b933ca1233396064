package io.github.mantelzorg.rules.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A map in insertion order for a handful of entries, in one array: the facts of a condition or of an advice. A
 * {@code LinkedHashMap} of three entries takes about 210 bytes (map, table and an entry object each); this takes
 * about 70, and an evaluation makes one per named condition. Lookups are linear, which is faster than hashing for
 * the 1 to 8 entries it holds. {@link #put} replaces a value in place (its position stays, as in a
 * {@code LinkedHashMap}); after {@link #freeze()} the map is read-only. Null values are allowed, null keys are not.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class OrderedMap<K, V> extends AbstractMap<K, V> {
  /** Keys at even, values at odd indexes. */
  private Object[] data;
  private int size;
  private boolean frozen;

  /** An empty map with room for {@code capacity} entries before it grows. */
  public OrderedMap(int capacity) {
    this.data = new Object[Math.max(1, capacity) * 2];
  }

  /** Makes the map read-only; returns it. */
  public OrderedMap<K, V> freeze() {
    frozen = true;
    return this;
  }

  /** Is it read-only? */
  public boolean frozen() {
    return frozen;
  }

  private int index(Object key) {
    for (int i = 0; i < size * 2; i += 2) {
      if (data[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && index(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = key == null ? -1 : index(key);
    return i < 0 ? null : (V) data[i + 1];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(K key, V value) {
    if (frozen) {
      throw new UnsupportedOperationException("read-only");
    }
    if (key == null) {
      throw new NullPointerException("key");
    }
    int i = index(key);
    if (i >= 0) {
      V old = (V) data[i + 1];
      data[i + 1] = value;
      return old;
    }
    if (size * 2 == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size * 2] = key;
    data[size * 2 + 1] = value;
    size++;
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = 0; i < size * 2; i += 2) {
      action.accept((K) data[i], (V) data[i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (i >= size) {
              throw new NoSuchElementException();
            }
            Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) data[i * 2], (V) data[i * 2 + 1]);
            i++;
            return e;
          }
        };
      }
    };
  }
}
