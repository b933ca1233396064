package io.github.mantelzorg.rules.ecomap;

/**
 * The style sheet of the HTML report, inline so that the page needs nothing else. Colours meet WCAG AA (text at least
 * 4.5:1); a priority is always written out, its colour only repeats it. On screens wider than 1400 pixels the picture
 * stands beside the cards; narrower, and on paper, above them. Printed on A4, every network starts a page, a picture is
 * never split and fits a page, and a card breaks only between its paragraphs.
 */
final class Stijl {
  static final String CSS = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #ffffff; color: #1a1a1a; line-height: 1.45; font-size: 15px;
        font-family: 'DejaVu Sans', 'Liberation Sans', Verdana, Arial, Helvetica, sans-serif; }
      header.kop, main, footer { max-width: 1560px; margin: 0 auto; padding: 0 24px; }
      h1 { font-size: 1.75rem; margin: 20px 0 6px; }
      h2 { font-size: 1.35rem; margin: 36px 0 14px; padding-bottom: 4px; border-bottom: 2px solid #1a1a1a; }
      h3 { font-size: 1.1rem; margin: 18px 0 10px; }
      h4 { font-size: 1rem; margin: 0 0 6px; line-height: 1.5; }
      p { margin: 0 0 8px; }
      .meta { color: #3d3d3d; }
      nav ul { margin: 8px 0 0; padding-left: 20px; }
      a { color: #0b57a4; }
      a:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
      .kolommen { display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; align-items: start; }
      @media (min-width: 1400px) {
        .kolommen { grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); }
        .kolommen.breed { grid-template-columns: minmax(0, 1fr); }
        figure.afbeelding { position: sticky; top: 12px; }
        .breed figure.afbeelding { position: static; }
      }
      figure.afbeelding { margin: 0; }
      figure.afbeelding .svg { width: 100%; }
      figure.afbeelding svg { display: block; width: 100%; height: auto; border: 1px solid #bdbdbd; border-radius: 6px; }
      figcaption { font-size: 0.9em; color: #3d3d3d; margin-top: 6px; }
      .advies { border: 1px solid #9e9e9e; border-left: 10px solid var(--prio); border-radius: 6px;
        padding: 12px 16px; margin: 0 0 14px; break-inside: avoid; }
      .prio-kritiek { --prio: #a50e0e; }
      .prio-hoog { --prio: #b34700; }
      .prio-middel { --prio: #7a6000; }
      .prio-laag { --prio: #2e6b30; }
      .prio { display: inline-block; background: var(--prio); color: #ffffff; font-size: 0.8rem; letter-spacing: 0.04em;
        padding: 0 8px; border-radius: 4px; margin-right: 4px; }
      .prio-kritiek .prio { outline: 2px solid #a50e0e; outline-offset: 1px; }
      .code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Consolas, monospace; font-size: 0.92em; }
      .samenvatting { font-weight: bold; }
      .toelichting, .noot, .uitleg, .leeg { color: #333333; }
      .label { font-weight: bold; }
      p.label { margin: 10px 0 4px; }
      ol, ul.bronnen { margin: 0 0 8px; padding-left: 24px; }
      ul.bronnen { font-size: 0.9em; }
      .opmerking { color: #3d3d3d; }
      table { border-collapse: collapse; width: 100%; margin: 0 0 12px; font-size: 0.93em; }
      th, td { border: 1px solid #9e9e9e; padding: 6px 8px; text-align: left; vertical-align: top; }
      th { background: #eeeeee; }
      footer { margin-top: 40px; padding-bottom: 24px; color: #3d3d3d; font-size: 0.9em; }
      @media print {
        @page { size: A4; margin: 14mm 12mm; }
        @page liggend { size: A4 landscape; margin: 10mm 12mm; }
        body { font-size: 10pt; }
        header.kop, main, footer { max-width: none; padding: 0; }
        nav { display: none; }
        main > section + section { break-before: page; }
        main > section.waarschuwingen { break-before: auto; }
        .kolommen { display: block; }
        figure.afbeelding { position: static; break-inside: avoid; margin-bottom: 12px; }
        figure.afbeelding .svg { max-width: 100% !important; }
        figure.afbeelding svg { max-height: 190mm; }
        .breed figure.afbeelding { page: liggend; }
        .breed figure.afbeelding svg { max-height: 180mm; }
        h2, h3, h4, .samenvatting, p.label { break-after: avoid; }
        .advies { break-inside: auto; }
        li, tr, p { break-inside: avoid; }
        a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
      }
      """;

  private Stijl() {}
}
