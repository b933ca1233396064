/**
 * Pictures and a printable page of the care situation, made by the library alone (no browser, no server, no new
 * dependency): the {@link io.github.mantelzorg.rules.ecomap.Ecomap} of a care network, the
 * {@link io.github.mantelzorg.rules.ecomap.Participatieladder} of a partnership, both as SVG, and the
 * {@link io.github.mantelzorg.rules.ecomap.HtmlRapport} that puts them beside the advice, open questions and warnings
 * of an {@link io.github.mantelzorg.rules.Adviesrapport}.
 *
 * <p>A guided tour: start with {@code HtmlRapport.html(engine.advise(casus, peildatum), casus)}; it draws one ecomap
 * per network on the report's evaluation date and one ladder for the partnership. The pictures read the model as the
 * rules do: a fact the record leaves out is drawn as unknown (grey, dotted or dashed, with a question mark), never as
 * "no"; a carer's overload is the one {@link io.github.mantelzorg.rules.ecomap.Overbelasting} tells, from the newest
 * measurement up to the evaluation date within its validity. Output is deterministic (same input, same bytes),
 * accessible and escaped; the labels come in Dutch and English ({@code teksten/ecomap_nl.properties} and
 * {@code _en}), the advice texts in the report's own language.
 */
package io.github.mantelzorg.rules.ecomap;
