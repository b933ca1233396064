package io.github.mantelzorg.rules.ecomap;

import io.github.mantelzorg.model.Casus;
import io.github.mantelzorg.model.Samenwerkingsverband;
import io.github.mantelzorg.model.Zorgnetwerk;
import io.github.mantelzorg.rules.Advies;
import io.github.mantelzorg.rules.Adviesrapport;
import io.github.mantelzorg.rules.Bron;
import io.github.mantelzorg.rules.OpenVraag;
import io.github.mantelzorg.rules.Prioriteit;
import io.github.mantelzorg.rules.Terugkoppeling;
import io.github.mantelzorg.rules.Waarschuwing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the HTML page of a report: one section per network (its ecomap, its advice cards, its open questions), one
 * for the partnership (its participatieladder, cards and questions), then what belongs to none of them and the
 * warnings. Self-contained (inline CSS and SVG, no script, nothing loaded), printable on A4, and well-formed XML as
 * well as HTML, so that tests can parse it.
 */
final class RapportPagina {
  /** One section: a network or the partnership, with what belongs to it. */
  private static final class Sectie {
    final String anker;
    final Optional<Zorgnetwerk> netwerk;
    final Optional<Samenwerkingsverband> verband;
    final Set<String> ids = new HashSet<>();
    final List<Advies> adviezen = new ArrayList<>();
    final List<OpenVraag> vragen = new ArrayList<>();

    Sectie(String anker, Optional<Zorgnetwerk> netwerk, Optional<Samenwerkingsverband> verband) {
      this.anker = anker;
      this.netwerk = netwerk;
      this.verband = verband;
      netwerk.ifPresent(n -> {
        ids.add(n.id());
        ids.addAll(n.ids());
      });
      verband.ifPresent(v -> {
        ids.add(v.id());
        v.leden().forEach(o -> ids.add(o.id()));
        v.kandidaten().forEach(o -> ids.add(o.id()));
        v.leden().forEach(o -> o.ervaringsdeskundigen().forEach(e -> ids.add(e.id())));
      });
    }

    String id() {
      return netwerk.map(Zorgnetwerk::id).orElseGet(() -> verband.map(Samenwerkingsverband::id).orElse(""));
    }
  }

  /** Pictures wider than this (in pixels) stand above the cards, not beside them. */
  private static final double BREED = 1100;

  private final Adviesrapport rapport;
  private final Casus casus;
  private final Labels l;
  private final Appendable uit;
  private final List<Sectie> secties = new ArrayList<>();
  private final Sectie overig = new Sectie("overig", Optional.empty(), Optional.empty());

  private RapportPagina(Adviesrapport rapport, Casus casus, Appendable uit) {
    this.rapport = rapport;
    this.casus = casus;
    this.l = Labels.van(rapport.language());
    this.uit = uit;
    for (int i = 0; i < casus.zorgnetwerken().size(); i++) {
      secties.add(new Sectie("netwerk-" + (i + 1), Optional.of(casus.zorgnetwerken().get(i)), Optional.empty()));
    }
    casus.samenwerkingsverband().ifPresent(v -> secties.add(new Sectie("verband", Optional.empty(), Optional.of(v))));
    Map<String, Sectie> perContext = new LinkedHashMap<>();
    secties.forEach(s -> perContext.put(s.id(), s));
    for (Advies a : rapport.adviezen()) {
      perContext.getOrDefault(a.context(), overig).adviezen.add(a);
    }
    for (OpenVraag v : rapport.openVragen()) {
      secties.stream().filter(s -> s.ids.contains(v.onderwerp())).findFirst().orElse(overig).vragen.add(v);
    }
  }

  static void schrijf(Adviesrapport rapport, Casus casus, Appendable uit) throws IOException {
    new RapportPagina(rapport, casus, uit).schrijf();
  }

  private RapportPagina w(String s) throws IOException {
    uit.append(s);
    return this;
  }

  /** Escaped text. */
  private RapportPagina e(String s) throws IOException {
    uit.append(Tekst.xml(s));
    return this;
  }

  private String onderwerp() {
    if (!casus.zorgnetwerken().isEmpty()) {
      return casus.zorgnetwerken().get(0).zorgvrager().naam();
    }
    return casus.samenwerkingsverband().map(Samenwerkingsverband::naam).orElse("");
  }

  private void schrijf() throws IOException {
    w("<!DOCTYPE html>\n<html lang=\"").w(rapport.language().locale().getLanguage()).w("\">\n<head>\n");
    w("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    w("<title>").e(l.t("rapport.titel") + " \u00b7 " + Tekst.kort(onderwerp(), 80) + " \u00b7 " + rapport.peildatum())
        .w("</title>\n");
    w("<style>\n").w(Stijl.CSS).w("</style>\n</head>\n<body>\n");
    w("<header class=\"kop\">\n<h1>").e(l.t("rapport.titel")).w("</h1>\n");
    w("<p class=\"meta\">").e(l.t("rapport.meta", rapport.peildatum(), rapport.ruleBaseVersion())).w("</p>\n");
    w("<p class=\"meta\">").e(telling()).w("</p>\n");
    w("<p class=\"meta\">").e(l.t("rapport.disclaimer")).w("</p>\n");
    inhoud();
    w("</header>\n<main>\n");
    for (Sectie s : secties) {
      sectie(s);
    }
    if (!overig.adviezen.isEmpty() || !overig.vragen.isEmpty()) {
      w("<section class=\"sectie overig\" id=\"overig\" aria-labelledby=\"overig-kop\">\n<h2 id=\"overig-kop\">")
          .e(l.t("rapport.overig")).w("</h2>\n");
      adviezen(overig);
      vragen(overig);
      w("</section>\n");
    }
    afgewezen();
    waarschuwingen();
    w("</main>\n<footer>\n<p>").e(l.t("rapport.voet", rapport.ruleBaseVersion())).w("</p>\n</footer>\n</body>\n</html>\n");
  }

  private String telling() {
    Map<Prioriteit, Long> per = rapport.perPrioriteit();
    List<String> delen = new ArrayList<>();
    for (Prioriteit p : Prioriteit.values()) {
      delen.add(p.label(rapport.language()) + " " + per.getOrDefault(p, 0L));
    }
    String telling = l.t("rapport.telling", rapport.adviezen().size(), String.join(" \u00b7 ", delen),
        rapport.openVragen().size(), rapport.waarschuwingen().size());
    return rapport.afgewezen().isEmpty() ? telling
        : telling + " \u00b7 " + l.t("rapport.telling.afgewezen", rapport.afgewezen().size());
  }

  private void inhoud() throws IOException {
    w("<nav aria-label=\"").e(l.t("rapport.inhoud")).w("\">\n<ul>\n");
    for (Sectie s : secties) {
      w("<li><a href=\"#").w(s.anker).w("\">").e(sectieKop(s)).w("</a></li>\n");
    }
    if (!overig.adviezen.isEmpty() || !overig.vragen.isEmpty()) {
      w("<li><a href=\"#overig\">").e(l.t("rapport.overig")).w("</a></li>\n");
    }
    if (!rapport.afgewezen().isEmpty()) {
      w("<li><a href=\"#afgewezen\">").e(l.t("rapport.afgewezen", rapport.afgewezen().size())).w("</a></li>\n");
    }
    w("<li><a href=\"#waarschuwingen\">").e(l.t("rapport.waarschuwingen", rapport.waarschuwingen().size()))
        .w("</a></li>\n</ul>\n</nav>\n");
  }

  private String sectieKop(Sectie s) {
    if (s.netwerk.isPresent()) {
      Zorgnetwerk n = s.netwerk.get();
      return l.t("rapport.netwerk", Tekst.kort(n.zorgvrager().naam(), 80), Tekst.kort(n.id(), 80));
    }
    Samenwerkingsverband v = s.verband.get();
    return l.t("rapport.verband", Tekst.kort(v.naam(), 120), Tekst.kort(v.id(), 80));
  }

  private void sectie(Sectie s) throws IOException {
    String klasse = s.netwerk.isPresent() ? "netwerk" : "verband";
    w("<section class=\"sectie ").w(klasse).w("\" id=\"").w(s.anker).w("\" aria-labelledby=\"").w(s.anker)
        .w("-kop\">\n<h2 id=\"").w(s.anker).w("-kop\">").e(sectieKop(s)).w("</h2>\n");
    String svg;
    String onderschrift;
    if (s.netwerk.isPresent()) {
      Zorgnetwerk n = s.netwerk.get();
      svg = Ecomap.svg(n, rapport.peildatum(), rapport.language(), "ecomap-" + s.anker.substring("netwerk-".length()));
      onderschrift = l.t("rapport.figuur.ecomap", Tekst.kort(n.zorgvrager().naam(), 80), rapport.peildatum());
    } else {
      svg = Participatieladder.svg(s.verband.get(), rapport.language(), "ladder-1");
      onderschrift = l.t("rapport.figuur.ladder", Tekst.kort(s.verband.get().naam(), 120));
    }
    String breedte = svg.substring(svg.indexOf(" width=\"") + 8, svg.indexOf('"', svg.indexOf(" width=\"") + 8));
    // A large picture would be too small beside the cards: it gets the full width, above them.
    w("<div class=\"kolommen").w(Double.parseDouble(breedte) > BREED ? " breed" : "").w("\">\n");
    w("<figure class=\"afbeelding\">\n<div class=\"svg\" style=\"max-width: ").w(breedte).w("px\">\n").w(svg)
        .w("</div>\n<figcaption>").e(onderschrift).w("</figcaption>\n</figure>\n");
    w("<div class=\"tekst\">\n");
    adviezen(s);
    vragen(s);
    w("</div>\n</div>\n</section>\n");
  }

  private void adviezen(Sectie s) throws IOException {
    w("<h3>").e(l.t("rapport.adviezen", s.adviezen.size())).w("</h3>\n");
    if (s.adviezen.isEmpty()) {
      w("<p class=\"leeg\">").e(l.t("rapport.geenAdviezen")).w("</p>\n");
      return;
    }
    for (Advies a : s.adviezen) {
      kaart(a, s);
    }
  }

  private void kaart(Advies a, Sectie s) throws IOException {
    String prio = a.prioriteit().name().toLowerCase(Locale.ROOT);
    w("<article class=\"advies prio-").w(prio).w("\">\n<h4><span class=\"prio\">")
        .e(a.prioriteit().label(rapport.language())).w("</span> <span class=\"code\">").e(a.code()).w("</span> ")
        .e(a.naam()).w("</h4>\n");
    w("<p class=\"samenvatting\">").e(a.samenvatting()).w("</p>\n");
    if (a.terugkoppeling().isPresent()) {
      w("<p class=\"terugkoppeling\"><span class=\"label\">")
          .e(l.t(a.opgepakt() ? "rapport.opgepakt" : "rapport.eerderAfgewezen")).w(":</span> ")
          .e(terugkoppeling(a.terugkoppeling().get())).w("</p>\n");
    }
    w("<p><span class=\"label\">").e(l.t("rapport.betreft")).w(":</span> ").e(String.join(", ", a.namen())
        + (a.betreftMeer() > 0 ? " " + l.t("rapport.meer", a.betreftMeer()) : ""))
        .w("</p>\n");
    w("<p class=\"toelichting\">").e(a.toelichting()).w("</p>\n");
    w("<p><span class=\"label\">").e(l.t("rapport.waarom")).w(":</span> ").e(a.uitleg()).w("</p>\n");
    if (!a.stappen().isEmpty()) {
      w("<p class=\"label\">").e(l.t("rapport.stappen")).w("</p>\n<ol>\n");
      for (String st : a.stappen()) {
        w("<li>").e(st).w("</li>\n");
      }
      w("</ol>\n");
    }
    if (!a.bronnen().isEmpty()) {
      w("<p class=\"label\">").e(l.t("rapport.bronnen")).w("</p>\n<ul class=\"bronnen\">\n");
      for (Bron b : a.bronnen()) {
        w("<li>").e(b.citaat());
        Optional<String> url = b.url().filter(u -> u.startsWith("https://") || u.startsWith("http://"));
        if (url.isPresent()) {
          w(" <a href=\"").e(url.get()).w("\">").e(l.t("rapport.bronLink")).w("</a>");
        }
        if (b.opmerking().isPresent()) {
          w(" <span class=\"opmerking\">(").e(b.opmerking().get()).w(")</span>");
        }
        w("</li>\n");
      }
      w("</ul>\n");
    }
    List<String> anders = a.contexten().stream().filter(c -> !c.equals(s.id())).toList();
    if (!anders.isEmpty() || !a.vervangt().isEmpty()) {
      w("<p class=\"noot\">");
      if (!anders.isEmpty()) {
        w("<span class=\"label\">").e(l.t("rapport.ookIn")).w(":</span> ");
        for (int i = 0; i < anders.size(); i++) {
          String c = anders.get(i);
          Optional<Sectie> daar = secties.stream().filter(x -> x.id().equals(c)).findFirst();
          w(i == 0 ? "" : ", ");
          if (daar.isPresent()) {
            w("<a href=\"#").w(daar.get().anker).w("\">").e(sectieKop(daar.get())).w("</a>");
          } else {
            e(c);
          }
        }
      }
      if (!a.vervangt().isEmpty()) {
        w(anders.isEmpty() ? "" : " \u00b7 ").w("<span class=\"label\">").e(l.t("rapport.vervangt")).w(":</span> ")
            .e(String.join(", ", a.vervangt()));
      }
      w("</p>\n");
    }
    w("</article>\n");
  }

  private void vragen(Sectie s) throws IOException {
    w("<h3>").e(l.t("rapport.openVragen", s.vragen.size())).w("</h3>\n");
    if (s.vragen.isEmpty()) {
      w("<p class=\"leeg\">").e(l.t("rapport.geenOpenVragen")).w("</p>\n");
      return;
    }
    w("<p class=\"uitleg\">").e(l.t("rapport.openVragen.uitleg")).w("</p>\n");
    w("<table class=\"vragen\">\n<thead><tr><th scope=\"col\">").e(l.t("rapport.vraag.over"))
        .w("</th><th scope=\"col\">").e(l.t("rapport.vraag.vraag")).w("</th><th scope=\"col\">")
        .e(l.t("rapport.vraag.codes")).w("</th></tr></thead>\n<tbody>\n");
    for (OpenVraag v : s.vragen) {
      w("<tr><td>").e(v.naam()).w("</td><td>").e(v.vraag()).w("</td><td class=\"code\">").e(String.join(", ", v.codes()))
          .w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n");
  }

  /** The cards left out because they were dismissed while their facts are unchanged, each with its feedback. */
  private void afgewezen() throws IOException {
    List<Advies> weg = rapport.afgewezen();
    if (weg.isEmpty()) {
      return;
    }
    w("<section class=\"sectie afgewezen\" id=\"afgewezen\" aria-labelledby=\"afgewezen-kop\">\n")
        .w("<h2 id=\"afgewezen-kop\">").e(l.t("rapport.afgewezen", weg.size())).w("</h2>\n");
    w("<p class=\"uitleg\">").e(l.t("rapport.afgewezen.uitleg")).w("</p>\n<ul>\n");
    for (Advies a : weg) {
      w("<li><span class=\"code\">").e(a.code()).w("</span> ").e(a.naam()).w(" \u00b7 ")
          .e(String.join(", ", a.namen()) + (a.betreftMeer() > 0 ? " " + l.t("rapport.meer", a.betreftMeer()) : ""))
          .w(": ").e(a.terugkoppeling().map(this::terugkoppeling).orElse("")).w(" <span class=\"code\">(id ")
          .e(a.id()).w(")</span></li>\n");
    }
    w("</ul>\n</section>\n");
  }

  /** "2026-11-20, already discussed: 'comment', by Els": the feedback in words. */
  private String terugkoppeling(Terugkoppeling t) {
    StringBuilder b = new StringBuilder().append(t.datum());
    t.reden().ifPresent(r -> b.append(", ").append(r.label(rapport.language())));
    t.toelichting().ifPresent(x -> b.append(": \u2018").append(x).append('\u2019'));
    t.door().ifPresent(x -> b.append(", ").append(l.t("rapport.door")).append(' ').append(x));
    return b.toString();
  }

  private void waarschuwingen() throws IOException {
    List<Waarschuwing> ws = rapport.waarschuwingen();
    w("<section class=\"sectie waarschuwingen\" id=\"waarschuwingen\" aria-labelledby=\"waarschuwingen-kop\">\n")
        .w("<h2 id=\"waarschuwingen-kop\">").e(l.t("rapport.waarschuwingen", ws.size())).w("</h2>\n");
    if (ws.isEmpty()) {
      w("<p class=\"leeg\">").e(l.t("rapport.geenWaarschuwingen")).w("</p>\n</section>\n");
      return;
    }
    w("<p class=\"uitleg\">").e(l.t("rapport.waarschuwingen.uitleg")).w("</p>\n");
    w("<table>\n<thead><tr><th scope=\"col\">").e(l.t("rapport.waarschuwing.pad")).w("</th><th scope=\"col\">")
        .e(l.t("rapport.waarschuwing.datum")).w("</th><th scope=\"col\">").e(l.t("rapport.waarschuwing.reden"))
        .w("</th></tr></thead>\n<tbody>\n");
    for (Waarschuwing wa : ws) {
      w("<tr><td class=\"code\">").e(wa.pad()).w("</td><td>").e(wa.datum().toString()).w("</td><td>").e(wa.reden())
          .w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n</section>\n");
  }
}
