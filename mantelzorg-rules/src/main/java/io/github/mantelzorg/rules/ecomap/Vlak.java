package io.github.mantelzorg.rules.ecomap;

import java.util.ArrayList;
import java.util.List;

/**
 * The plane a picture is laid out on: the boxes and lines placed so far, and whether a new box or line would run
 * into them. A box may not overlap another box or cross a line; a line may not cross a box other than its two ends.
 * Lines may cross lines.
 */
final class Vlak {
  /** A box by its centre and size. */
  record Doos(double x, double y, double b, double h) {
    double links() {
      return x - b / 2;
    }

    double rechts() {
      return x + b / 2;
    }

    double boven() {
      return y - h / 2;
    }

    double onder() {
      return y + h / 2;
    }
  }

  /** A line between two boxes (the ends are not obstacles of their own line). */
  record Lijn(double x1, double y1, double x2, double y2, Doos van, Doos naar) {}

  private static final double MARGE_DOOS = 10;
  private static final double MARGE_LIJN = 5;

  private final List<Doos> dozen = new ArrayList<>();
  private final List<Lijn> lijnen = new ArrayList<>();

  /** A copy to try a placement on. */
  Vlak kopie() {
    Vlak v = new Vlak();
    v.dozen.addAll(dozen);
    v.lijnen.addAll(lijnen);
    return v;
  }

  /** Takes over the placements of a copy. */
  void neem(Vlak v) {
    dozen.clear();
    dozen.addAll(v.dozen);
    lijnen.clear();
    lijnen.addAll(v.lijnen);
  }

  /** Does this box fit: no overlap with a box, no line through it? */
  boolean past(Doos d) {
    for (Doos o : dozen) {
      if (d.links() < o.rechts() + MARGE_DOOS && o.links() < d.rechts() + MARGE_DOOS
          && d.boven() < o.onder() + MARGE_DOOS && o.boven() < d.onder() + MARGE_DOOS) {
        return false;
      }
    }
    for (Lijn l : lijnen) {
      if (l.van() != d && l.naar() != d && snijdt(l, d, MARGE_LIJN)) {
        return false;
      }
    }
    return true;
  }

  /** Does this line between two placed boxes cross no other box? */
  boolean past(Lijn l) {
    for (Doos o : dozen) {
      if (o != l.van() && o != l.naar() && snijdt(l, o, MARGE_LIJN)) {
        return false;
      }
    }
    return true;
  }

  void plaats(Doos d) {
    dozen.add(d);
  }

  void plaats(Lijn l) {
    lijnen.add(l);
  }

  /** Liang-Barsky: does the segment cross the box grown by {@code marge}? */
  private static boolean snijdt(Lijn l, Doos d, double marge) {
    double x0 = d.links() - marge;
    double x1 = d.rechts() + marge;
    double y0 = d.boven() - marge;
    double y1 = d.onder() + marge;
    double dx = l.x2() - l.x1();
    double dy = l.y2() - l.y1();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {l.x1() - x0, x1 - l.x1(), l.y1() - y0, y1 - l.y1()};
    double t0 = 0;
    double t1 = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    return true;
  }
}
