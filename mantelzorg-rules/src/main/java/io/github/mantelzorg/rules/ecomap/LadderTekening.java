package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Organisatie;
import io.github.mantelzorg.model.ParticipatieTrede;
import io.github.mantelzorg.model.SamenwerkingsRelatie;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.rules.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a partnership on the participatieladder: rungs 0 (no contact) to 6 (self-management) from bottom to top, one
 * column per rated relation with a filled dot at the current rung, a ring at the desired rung and an arrow from the
 * one to the other, and under the ladder the members and candidates without a rating.
 */
final class LadderTekening {
  private static final double LINKS = 200;
  private static final double KOLOM = 128;
  private static final double TREDE = 50;
  private static final double BOVEN = 92;
  private static final String BLAUW = "#1456a8";
  private static final Comparator<SamenwerkingsRelatie> VOLGORDE = Comparator
      .comparing(SamenwerkingsRelatie::organisatie)
      .thenComparing(SamenwerkingsRelatie::huidig)
      .thenComparing(SamenwerkingsRelatie::gewenst)
      .thenComparing(r -> r.verkend().map(b -> b ? 1 : 0).orElse(2))
      .thenComparing(r -> r.bereidSchoudersEronder().map(b -> b ? 1 : 0).orElse(2))
      .thenComparing(r -> String.join("\u0000", r.knelpunten().stream().sorted().toList()));

  private final Samenwerkingsverband verband;
  private final Labels l;
  private final String pre;

  private LadderTekening(Samenwerkingsverband verband, Language taal, String voorvoegsel) {
    this.verband = verband;
    this.l = Labels.van(taal);
    this.pre = voorvoegsel;
  }

  static String svg(Samenwerkingsverband verband, Language taal, String voorvoegsel) {
    return new LadderTekening(verband, taal, voorvoegsel).schrijf();
  }

  private String naam(String id) {
    return verband.organisatie(id).map(Organisatie::naam).orElse(id);
  }

  private String rol(String id) {
    boolean lid = verband.leden().stream().anyMatch(o -> o.id().equals(id));
    String rol = l.t(lid ? "ladder.lid" : "ladder.kandidaat");
    if (verband.initiatiefnemer().equals(Optional.of(id))) {
      rol += " \u00b7 " + l.t("ladder.initiatiefnemer");
    }
    return rol;
  }

  private String trede(ParticipatieTrede t) {
    return t.nummer() + " " + l.waarde(t);
  }

  private String schrijf() {
    List<SamenwerkingsRelatie> relaties = new ArrayList<>(verband.relaties());
    relaties.sort(VOLGORDE);
    Set<String> beoordeeld = new HashSet<>();
    relaties.forEach(r -> beoordeeld.add(r.organisatie()));
    List<Organisatie> zonder = new ArrayList<>();
    verband.leden().stream().filter(o -> !beoordeeld.contains(o.id())).sorted(Comparator.comparing(Organisatie::id))
        .forEach(zonder::add);
    verband.kandidaten().stream().filter(o -> !beoordeeld.contains(o.id())).sorted(Comparator.comparing(Organisatie::id))
        .forEach(zonder::add);

    int kolommen = Math.max(2, relaties.size());
    double breedte = Math.max(820, LINKS + kolommen * KOLOM + 30);
    double ladderOnder = BOVEN + 7 * TREDE;
    double kolomTekst = ladderOnder + 14;
    double onbeoordeeldY = kolomTekst + (relaties.isEmpty() ? 6 : 106);
    int perRij = Math.max(1, (int) ((breedte - 60) / 250));
    int rijen = (zonder.size() + perRij - 1) / perRij;
    double onbeoordeeldH = zonder.isEmpty() ? 0 : 44 + rijen * 36;
    double legendaY = onbeoordeeldY + onbeoordeeldH + (zonder.isEmpty() ? 0 : 20);
    double hoogte = legendaY + 64;

    String titel = l.t("ladder.titel", Tekst.kort(verband.naam(), 80), Tekst.kort(verband.id(), 80));
    Svg s = new Svg();
    s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"").attr("id", pre)
        .attr("class", "mz-ladder").attr("width", breedte).attr("height", hoogte)
        .raw(" viewBox=\"0 0 " + Svg.n(breedte) + " " + Svg.n(hoogte) + "\"")
        .attr("role", "img").attr("aria-labelledby", pre + "-titel " + pre + "-beschrijving")
        .attr("font-family", Svg.LETTERTYPE).raw(">\n");
    s.raw("<title").attr("id", pre + "-titel").raw(">").tekst(titel).raw("</title>\n");
    s.raw("<desc").attr("id", pre + "-beschrijving").raw(">").tekst(beschrijving(relaties, zonder)).raw("</desc>\n");
    s.raw("<defs><marker").attr("id", pre + "-pijl").raw(" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\""
        + " markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
        + BLAUW + "\"/></marker></defs>\n");
    s.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    s.tekst(20, 30, 20, true, Svg.INKT, "start", l.t("ladder.kop", Tekst.kort(verband.naam(), 80)));
    s.tekst(20, 52, 13, false, Svg.INKT, "start", l.t("ladder.onderkop", Tekst.kort(verband.id(), 80),
        relaties.size(), verband.leden().size(), verband.kandidaten().size()));

    // The rungs, top (6) to bottom (0), in bands so that a dot reads against its rung.
    s.raw("<g class=\"mz-treden\">\n");
    for (ParticipatieTrede t : ParticipatieTrede.values()) {
      double y = y(t);
      if (t.nummer() % 2 == 0) {
        s.raw("<rect").attr("x", 20).attr("y", y - TREDE / 2).attr("width", breedte - 40).attr("height", TREDE)
            .attr("fill", "#f3f6fa").raw("/>\n");
      }
      s.raw("<line").attr("x1", LINKS - 10).attr("y1", y).attr("x2", breedte - 20).attr("y2", y)
          .attr("stroke", "#b0bec5").attr("stroke-width", 1).raw("/>\n");
      s.tekst(LINKS - 18, y + 5, 13, true, Svg.INKT, "end", trede(t));
    }
    s.raw("</g>\n");

    if (relaties.isEmpty()) {
      boolean geen = verband.geen(Samenwerkingsverband.Onderdeel.RELATIES);
      double bx = LINKS + 20;
      double by = y(ParticipatieTrede.ADVISEREN) - 24;
      s.raw("<g class=\"mz-leeg\"").attr("data-leeg", geen ? "geen" : "onbekend").raw(">\n<rect").attr("x", bx)
          .attr("y", by).attr("width", breedte - bx - 40).attr("height", 48).attr("rx", 8).attr("fill", "#f5f5f5")
          .attr("stroke", Svg.ONBEKEND).attr("stroke-width", geen ? 1.2 : 2);
      if (!geen) {
        s.attr("stroke-dasharray", "6 4");
      }
      s.raw("/>\n");
      s.tekst(bx + 16, by + 30, 14, true, Svg.INKT, "start", l.t(geen ? "ladder.geen" : "ladder.onbekend"));
      s.raw("</g>\n");
    }

    for (int i = 0; i < relaties.size(); i++) {
      relatie(s, relaties.get(i), LINKS + i * KOLOM + KOLOM / 2, kolomTekst);
    }

    if (!zonder.isEmpty()) {
      s.raw("<g class=\"mz-onbeoordeelde\">\n");
      s.raw("<rect").attr("x", 20).attr("y", onbeoordeeldY).attr("width", breedte - 40).attr("height", onbeoordeeldH)
          .attr("rx", 8).attr("fill", "#fafafa").attr("stroke", Svg.ONBEKEND).attr("stroke-width", 1.5)
          .attr("stroke-dasharray", "6 4").raw("/>\n");
      s.tekst(36, onbeoordeeldY + 26, 14, true, Svg.INKT, "start", l.t(relaties.isEmpty()
          && !verband.geen(Samenwerkingsverband.Onderdeel.RELATIES) ? "ladder.zonderOnbekend" : "ladder.zonder", zonder.size()));
      for (int i = 0; i < zonder.size(); i++) {
        Organisatie o = zonder.get(i);
        double x = 36 + (i % perRij) * 250;
        double y = onbeoordeeldY + 50 + (i / perRij) * 36;
        s.raw("<g class=\"mz-onbeoordeeld\"").attr("data-id", o.id()).raw(">\n<title>").tekst(o.naam() + ", " + rol(o.id()))
            .raw("</title>\n");
        s.tekst(x, y, 12.5, true, Svg.INKT, "start", Tekst.afbreken(o.naam(), 12.5, true, 236, 1).get(0));
        s.tekst(x, y + 15, 11.5, false, Svg.INKT, "start", Tekst.kort(rol(o.id()), 40));
        s.raw("</g>\n");
      }
      s.raw("</g>\n");
    }
    legenda(s, 20, legendaY);
    s.raw("</svg>\n");
    return s.toString();
  }

  private static double y(ParticipatieTrede t) {
    return BOVEN + (6 - t.nummer()) * TREDE + TREDE / 2;
  }

  private void relatie(Svg s, SamenwerkingsRelatie r, double x, double tekstY) {
    double yNu = y(r.huidig());
    double yDoel = y(r.gewenst());
    String naam = naam(r.organisatie());
    s.raw("<g class=\"mz-relatie\"").attr("data-organisatie", r.organisatie())
        .attr("data-huidig", r.huidig().nummer()).attr("data-gewenst", r.gewenst().nummer()).raw(">\n<title>")
        .tekst(l.t("ladder.relatie", naam, trede(r.huidig()), trede(r.gewenst()))).raw("</title>\n");
    s.raw("<line").attr("x1", x).attr("y1", BOVEN).attr("x2", x).attr("y2", BOVEN + 7 * TREDE).attr("stroke", "#cfd8dc")
        .attr("stroke-width", 1).attr("stroke-dasharray", "2 4").raw("/>\n");
    if (r.huidig() != r.gewenst()) {
      double richting = Math.signum(yDoel - yNu);
      s.raw("<line class=\"mz-pijl\"").attr("x1", x).attr("y1", yNu + richting * 12).attr("x2", x)
          .attr("y2", yDoel - richting * 15).attr("stroke", BLAUW).attr("stroke-width", 3)
          .attr("marker-end", "url(#" + pre + "-pijl)").raw("/>\n");
    }
    s.raw("<circle class=\"mz-gewenst\"").attr("cx", x).attr("cy", yDoel).attr("r", 12).attr("fill", "#ffffff")
        .attr("stroke", BLAUW).attr("stroke-width", 3).raw("/>\n");
    s.raw("<circle class=\"mz-huidig\"").attr("cx", x).attr("cy", yNu).attr("r", r.huidig() == r.gewenst() ? 7 : 9)
        .attr("fill", BLAUW).raw("/>\n");
    // Words beside the marks, so the picture reads without telling dot from ring.
    s.tekst(x + 17, yNu + 4, 11, true, BLAUW, "start", l.t("ladder.nu"));
    if (r.huidig() != r.gewenst()) {
      s.tekst(x + 17, yDoel + 4, 11, true, BLAUW, "start", l.t("ladder.doel"));
    }
    List<String> regels = Tekst.afbreken(naam, 12, true, KOLOM - 10, 3);
    double ty = tekstY + 14;
    for (String regel : regels) {
      s.tekst(x, ty, 12, true, Svg.INKT, "middle", regel);
      ty += 15;
    }
    s.tekst(x, ty, 11, false, Svg.INKT, "middle", Tekst.kort(rol(r.organisatie()), 22));
    ty += 15;
    s.tekst(x, ty, 11, false, Svg.INKT, "middle",
        r.huidig() == r.gewenst() ? l.t("ladder.bereikt", r.huidig().nummer())
            : l.t("ladder.vanNaar", r.huidig().nummer(), r.gewenst().nummer()));
    s.raw("</g>\n");
  }

  private void legenda(Svg s, double x, double y) {
    s.raw("<g class=\"mz-legenda\">\n");
    s.tekst(x, y + 18, 13, true, Svg.INKT, "start", l.t("legenda.titel") + ":");
    double lx = x + 90;
    s.raw("<circle").attr("cx", lx).attr("cy", y + 14).attr("r", 9).attr("fill", BLAUW).raw("/>\n");
    s.tekst(lx + 16, y + 18, 12, false, Svg.INKT, "start", l.t("ladder.legenda.nu"));
    lx += 190;
    s.raw("<circle").attr("cx", lx).attr("cy", y + 14).attr("r", 11).attr("fill", "#ffffff").attr("stroke", BLAUW)
        .attr("stroke-width", 3).raw("/>\n");
    s.tekst(lx + 18, y + 18, 12, false, Svg.INKT, "start", l.t("ladder.legenda.doel"));
    lx += 190;
    s.raw("<line").attr("x1", lx - 10).attr("y1", y + 14).attr("x2", lx + 26).attr("y2", y + 14).attr("stroke", BLAUW)
        .attr("stroke-width", 3).attr("marker-end", "url(#" + pre + "-pijl)").raw("/>\n");
    s.tekst(lx + 36, y + 18, 12, false, Svg.INKT, "start", l.t("ladder.legenda.pijl"));
    s.tekst(x, y + 44, 12, false, Svg.INKT, "start", l.t("ladder.legenda.bereikt"));
    s.raw("</g>\n");
  }

  private String beschrijving(List<SamenwerkingsRelatie> relaties, List<Organisatie> zonder) {
    List<String> zinnen = new ArrayList<>();
    zinnen.add(l.t("ladder.beschrijving", Tekst.kort(verband.naam(), 200)));
    if (relaties.isEmpty()) {
      zinnen.add(l.t(verband.geen(Samenwerkingsverband.Onderdeel.RELATIES) ? "ladder.geen" : "ladder.onbekend") + ".");
    }
    for (SamenwerkingsRelatie r : relaties) {
      zinnen.add(l.t("ladder.relatie", naam(r.organisatie()), trede(r.huidig()), trede(r.gewenst())) + ".");
    }
    if (!zonder.isEmpty()) {
      List<String> namen = zonder.stream().map(o -> o.naam() + " (" + rol(o.id()) + ")").toList();
      zinnen.add(l.t("ladder.zonder", zonder.size()) + ": " + String.join(", ", namen) + ".");
    }
    return String.join(" ", zinnen);
  }
}
