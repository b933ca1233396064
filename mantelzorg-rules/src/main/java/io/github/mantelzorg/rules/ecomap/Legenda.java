package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Drempels;
import java.util.ArrayList;
import java.util.List;

/** The legend: what each line and mark means, in words. */
final class Legenda {
  static final double MIN_BREEDTE = 820;
  private static final double RIJ = 17;
  private final Labels l;
  private final List<String[]> lijnen = new ArrayList<>();
  private final List<String[]> tekens = new ArrayList<>();

  Legenda(Labels l) {
    this.l = l;
    Object[] drempels = {Svg.n(Drempels.INTENSIEF_UREN_PER_WEEK), Drempels.LANGDURIG_MAANDEN,
        Drempels.METING_GELDIG_MAANDEN};
    for (EcomapTekening.LijnStijl st : EcomapTekening.LijnStijl.values()) {
      lijnen.add(new String[] {st.name(), l.t("legenda.lijn." + st.naam(), drempels)});
    }
    for (String t : List.of("overbelast", "niet", "onbekend", "leeg-onbekend", "leeg-geen")) {
      tekens.add(new String[] {t, l.t("legenda.teken." + t, drempels)});
    }
  }

  private static int perRegel(double breedte) {
    return (int) Math.max(20, (breedte - 70) / 6.7);
  }

  /** The height of the legend for this inner width. */
  double hoogte(double breedte) {
    double kolom = breedte / 2 - 10;
    return 30 + Math.max(kolomHoogte(lijnen, kolom), kolomHoogte(tekens, kolom)) + 22;
  }

  private double kolomHoogte(List<String[]> items, double kolom) {
    double h = 22;
    for (String[] i : items) {
      h += Math.max(26, Tekst.afbreken(i[1], perRegel(kolom), 3).size() * RIJ + 9);
    }
    return h;
  }

  void schrijf(Svg s, String pre, double x, double y, double breedte) {
    double kolom = breedte / 2 - 10;
    s.raw("<g class=\"mz-legenda\">\n");
    s.raw("<rect").attr("x", x).attr("y", y).attr("width", breedte).attr("height", hoogte(breedte) - 8)
        .attr("rx", 6).attr("fill", "#fafafa").attr("stroke", "#9e9e9e").raw("/>\n");
    s.tekst(x + 14, y + 24, 15, true, Svg.INKT, "start", l.t("legenda.titel"));
    s.tekst(x + 14 + Tekst.breedte(l.t("legenda.titel"), 15, true) + 12, y + 24, 12, false, Svg.INKT, "start",
        l.t("legenda.kleur"));
    double ly = y + 50;
    s.tekst(x + 14, ly, 12.5, true, Svg.INKT, "start", l.t("legenda.lijnen"));
    ly += 12;
    for (String[] i : lijnen) {
      EcomapTekening.LijnStijl st = EcomapTekening.LijnStijl.valueOf(i[0]);
      List<String> regels = Tekst.afbreken(i[1], perRegel(kolom), 3);
      double midden = ly + 12;
      s.raw("<line").attr("x1", x + 14).attr("y1", midden).attr("x2", x + 58).attr("y2", midden)
          .attr("stroke", st.grijs ? Svg.ONBEKEND : Svg.INKT).attr("stroke-width", st.dikte);
      if (st.streep != null) {
        s.attr("stroke-dasharray", st.streep);
      }
      if (st == EcomapTekening.LijnStijl.GESTIPPELD) {
        s.attr("stroke-linecap", "round");
      }
      s.raw("/>\n");
      double ty = ly + 16;
      for (String r : regels) {
        s.tekst(x + 68, ty, 12, false, Svg.INKT, "start", r);
        ty += RIJ;
      }
      ly += Math.max(26, regels.size() * RIJ + 9);
    }
    double kx = x + breedte / 2 + 10;
    double ky = y + 50;
    s.tekst(kx, ky, 12.5, true, Svg.INKT, "start", l.t("legenda.tekens"));
    ky += 12;
    for (String[] i : tekens) {
      List<String> regels = Tekst.afbreken(i[1], perRegel(kolom), 3);
      teken(s, pre, i[0], kx + 4, ky + 2);
      double ty = ky + 16;
      for (String r : regels) {
        s.tekst(kx + 58, ty, 12, false, Svg.INKT, "start", r);
        ty += RIJ;
      }
      ky += Math.max(26, regels.size() * RIJ + 9);
    }
    s.raw("</g>\n");
  }

  private static void teken(Svg s, String pre, String soort, double x, double y) {
    String vul = switch (soort) {
      case "overbelast" -> "url(#" + pre + "-arcering)";
      case "niet" -> EcomapTekening.NIET_VUL;
      case "onbekend" -> EcomapTekening.ONBEKEND_VUL;
      default -> "#f5f5f5";
    };
    String rand = switch (soort) {
      case "overbelast" -> EcomapTekening.OVERBELAST_RAND;
      case "niet", "onbekend" -> EcomapTekening.Soort.MANTELZORGER.kleur;
      default -> Svg.ONBEKEND;
    };
    s.raw("<rect").attr("x", x).attr("y", y).attr("width", 40).attr("height", 20).attr("rx", 5).attr("fill", vul)
        .attr("stroke", rand).attr("stroke-width", soort.equals("overbelast") ? 3 : soort.equals("leeg-geen") ? 1.2 : 2);
    if (soort.equals("leeg-onbekend")) {
      s.attr("stroke-dasharray", "6 4");
    }
    s.raw("/>\n");
    String teken = switch (soort) {
      case "overbelast" -> "!";
      case "niet" -> "\u2713";
      case "onbekend", "leeg-onbekend" -> "?";
      default -> null;
    };
    if (teken != null) {
      String kleur = soort.equals("overbelast") ? EcomapTekening.OVERBELAST_RAND : soort.equals("niet") ? EcomapTekening.NIET_RAND : Svg.ONBEKEND;
      s.raw("<circle").attr("cx", x + 40).attr("cy", y + 2).attr("r", 9).attr("fill", kleur).attr("stroke", "#ffffff")
          .attr("stroke-width", 1.5).raw("/>\n");
      s.tekst(x + 40, y + 6.5, 12, true, "#ffffff", "middle", teken);
    }
  }
}
