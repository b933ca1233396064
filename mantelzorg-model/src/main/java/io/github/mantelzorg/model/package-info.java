/**
 * The mantelzorg model: immutable, validated value types for Dutch informal care (mantelzorg), and their JSON form.
 *
 * <h2>The aggregates</h2>
 *
 * <ul>
 *   <li>{@link io.github.mantelzorg.model.Zorgnetwerk}: the care network around one
 *       {@link io.github.mantelzorg.model.Zorgvrager} (the person cared for): carers
 *       ({@link io.github.mantelzorg.model.Mantelzorger}), volunteers ({@link io.github.mantelzorg.model.Vrijwilliger}),
 *       professionals ({@link io.github.mantelzorg.model.Beroepskracht}), informal contacts, experts by experience,
 *       organisations, respite, and the network instruments (MantelScan, Een Sterk Sociaal Netwerk). Ids are unique
 *       within one network (the network's own id too) and every reference (a professional's organisation, a
 *       netwerkcoach...) resolves in it.
 *   <li>{@link io.github.mantelzorg.model.Samenwerkingsverband}: a local partnership for carers (possibly a
 *       lerende praktijk): member and candidate organisations, relations on the participatieladder, the four
 *       collaboration aspects, the six-step plan, goals, vision, akkoord, positioning and lerend netwerk.
 *       Organisation ids (and the partnership's own id) are unique and every reference resolves among members and
 *       candidates.
 *   <li>{@link io.github.mantelzorg.model.Casus}: one record to advise on: one or more networks, a partnership,
 *       or both (networks join the partnership of their municipality). One line of a JSON Lines caseload. In a case
 *       an id denotes one thing: a recurring id names the same person or organisation (same name) every time.
 * </ul>
 *
 * <h2>Building, copying, reading and writing</h2>
 *
 * <pre>{@code
 * Mantelzorger els = Mantelzorger.builder()
 *     .id("mz-1").naam("Els").relatie(Relatie.PARTNER).urenPerWeek(20).maanden(14)
 *     .addBelasting(Belastingmeting.csi(8, LocalDate.of(2025, 3, 1)))
 *     .build();                                  // validates, or throws InvalidModelException
 * Mantelzorger minder = els.withUrenPerWeek(6);  // a validated copy; els is unchanged
 *
 * Json json = Json.create();                     // immutable and thread-safe; share it
 * Zorgnetwerk netwerk = json.readZorgnetwerk(text);
 * Casus casus = json.readCasus(line);            // a Casus, or a bare network or partnership
 * String canonical = json.write(netwerk);        // indented, canonical; json.writeLine(...) for one line
 * }</pre>
 *
 * <p>Every type has {@code Foo.builder()} (and {@code Foo.builder().from(foo)} to start from a copy) and
 * {@code withX(...)} methods. Absent values are {@link java.util.Optional}; collections are never null. Writing
 * leaves out absent optionals and empty lists; reading and writing back a canonical document gives the same text.
 * {@link io.github.mantelzorg.model.JsonLimits} bounds the size of accepted input.
 *
 * <h2>Unknown is not no</h2>
 *
 * <p>A real record is sparse: it states what the professional knows. Every fact a record may leave out is an
 * {@link java.util.Optional} ({@code Optional<Boolean>}, {@code Optional<Aandacht>}, {@code Optional<Double>}...):
 * {@code Optional.of(true)} and {@code Optional.of(false)} are stated, {@code Optional.empty()} is unknown. In JSON a
 * field that is absent or {@code null} is unknown; no default invents a fact (there are none). The levels of an
 * assessment (SOFA {@link io.github.mantelzorg.model.Aandacht}, WIFA {@link io.github.mantelzorg.model.WifaStatus},
 * zelfregie {@link io.github.mantelzorg.model.ZelfregieNiveau}) have no "unknown" value: a level not assessed is left
 * out (the JSON value {@code "ONBEKEND"} of earlier records is read as left out). Derived facts follow Kleene's
 * three-valued logic ({@link io.github.mantelzorg.model.ThreeValued}): {@code Mantelzorger.langdurigEnIntensief()},
 * {@code Zorgnetwerk.respijtInGebruik()}, {@code Zorgnetwerk.heeftVrijwilliger()}...
 *
 * <p>An optional part (an object, a reference or a list) that a record means to say "there is none" of is named in
 * its owner's {@code geen} list ({@code Zorgnetwerk.geen()}, {@code Samenwerkingsverband.geen()},
 * {@code Organisatie.geen()}, {@code Positionering.geen()}, {@code Visie.geen()}, {@code WifaProfiel.geen()}); in JSON
 * an empty list given on purpose ({@code "vrijwilligers": []}) says the same and is read into {@code geen}. What an
 * absent and an empty list mean, per list:
 *
 * <ul>
 *   <li>absent means unknown, empty or {@code geen} means none: {@code Zorgnetwerk.vrijwilligers},
 *       {@code informeleContacten}, {@code respijt}; {@code Samenwerkingsverband.relaties}, {@code doelen},
 *       {@code stappenAfgerond}; {@code Organisatie.ervaringsdeskundigen}; {@code Positionering.pitches},
 *       {@code aanTafelBij}; {@code Visie.leidendePrincipes}. A non-empty list is taken as complete.
 *   <li>absent and empty both mean "none recorded" (the list holds what is known, and no rule reads its absence as a
 *       fact): {@code Zorgnetwerk.mantelzorgers}, {@code beroepskrachten}, {@code ervaringsdeskundigen},
 *       {@code organisaties}; {@code Mantelzorger.belasting} (no measurement recorded: the rules advise measuring);
 *       {@code Zorgvrager.aandoeningen}, {@code zrm}; {@code Vrijwilliger.taken}, {@code Beroepskracht.taken};
 *       {@code Samenwerkingsverband.leden}, {@code kandidaten}, {@code gemeenten}; {@code Organisatie.projecten};
 *       {@code Positionering.relevanteNetwerken}; {@code MantelScan.afgerond}; {@code ElevatorPitch.beantwoordeVragen};
 *       {@code LobbyPlan.medestanders} (an unanswered question of the lobby plan); and the maps of a ZRM profile.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>Everything that cannot be accepted raises one exception, {@link io.github.mantelzorg.model.InvalidModelException}:
 * a builder value that breaks an invariant or misses a required field, a reference that does not resolve, an id or
 * name that is blank or holds a control, format or separator character, or JSON that is malformed, has an unknown
 * field or enum value, a wrong type, a missing field, an impossible date, a duplicate key, trailing content, or
 * exceeds a limit. It lists every {@link io.github.mantelzorg.model.Problem} found in the document (all bad elements
 * of a list, not only the first), each with the JSON path (e.g. {@code mantelzorgers[1].belasting[0].waarde}), the
 * value found and what was expected; its message never names a Jackson class. The thresholds used by checks and rules are in {@link io.github.mantelzorg.model.Drempels}.
 *
 * <h2>Glossary</h2>
 *
 * <p>Dutch concept: English gloss, and where it lives.
 *
 * <ul>
 *   <li><b>mantelzorg / mantelzorger</b>: unpaid care out of an existing relationship / the carer:
 *       {@link io.github.mantelzorg.model.Mantelzorger}; <b>langdurig en intensief</b> (more than 8 hours a week for
 *       more than 3 months): {@code Mantelzorger.langdurigEnIntensief()}.
 *   <li><b>zorgvrager</b> (naaste, hulpvrager, cliënt): the person cared for: {@link io.github.mantelzorg.model.Zorgvrager}.
 *   <li><b>vrijwilliger</b>: volunteer: {@link io.github.mantelzorg.model.Vrijwilliger}; <b>beroepskracht</b>:
 *       professional: {@link io.github.mantelzorg.model.Beroepskracht}; <b>informeel contact</b>: relative, friend
 *       or neighbour outside the care: {@link io.github.mantelzorg.model.InformeelContact}.
 *   <li><b>zelfregie</b>: self-direction, four elements (eigenaarschap, eigen kracht, motivatie, contacten):
 *       {@link io.github.mantelzorg.model.ZelfregieProfiel}, on {@code Zorgvrager.zelfregie()} and
 *       {@code Mantelzorger.zelfregie()}.
 *   <li><b>SOFA</b> (Samenwerken, Ondersteunen, Faciliteren, Afstemmen): how professionals work with a carer in
 *       the carer's four roles: {@link io.github.mantelzorg.model.SofaProfiel} on {@code Mantelzorger.sofa()}.
 *   <li><b>WIFA</b> (Waarderen, Informeren, Faciliteren, Afstemmen): how volunteers are worked with:
 *       {@link io.github.mantelzorg.model.WifaProfiel} on {@code Vrijwilliger.wifa()}.
 *   <li><b>belasting</b>: carer burden, measured with an {@link io.github.mantelzorg.model.Instrument}:
 *       <b>EDIZ</b> (9 items, no cut-off), <b>EDIZ-plus</b> (0-15, bands in
 *       {@link io.github.mantelzorg.model.EdizPlusBand}, 9 or more is overload), <b>CSI</b> (Caregiver Strain Index,
 *       0-13 yes answers, {@link io.github.mantelzorg.model.CsiItem}, 7 or more is overload) and the
 *       <b>10-minutencheck</b> (a short Leiden check, outcome only): {@link io.github.mantelzorg.model.Belastingmeting}
 *       in {@code Mantelzorger.belasting()}; <b>overbelast</b> (overloaded): the newest measurement over all
 *       instruments ({@code Mantelzorger.laatsteMeting()}, a same-day tie broken by {@code Instrument.NIEUWSTE_EERST})
 *       signals overload, if it is at most {@code Drempels.METING_GELDIG_MAANDEN} old on the evaluation date (the
 *       rules decide this as of that date).
 *   <li><b>ZRM</b> (Zelfredzaamheid-Matrix): self-reliance 1-5 on 13 life domains:
 *       {@link io.github.mantelzorg.model.ZrmProfiel} in {@code Zorgvrager.zrm()}, with
 *       {@link io.github.mantelzorg.model.ZrmDomein} and {@link io.github.mantelzorg.model.ZrmNiveau};
 *       <b>Krachtenwijzer</b>: split of own strength, network and professional help, summing to 100:
 *       {@link io.github.mantelzorg.model.Krachtenverdeling} in {@code ZrmProfiel.krachtenverdeling()}.
 *   <li><b>MantelScan</b>: five-step mapping of a care network with client and carers:
 *       {@link io.github.mantelzorg.model.MantelScan} on {@code Zorgnetwerk.mantelScan()}.
 *   <li><b>Een Sterk Sociaal Netwerk</b>: ten-step method in which a volunteer netwerkcoach helps strengthen a
 *       client's network: {@link io.github.mantelzorg.model.NetwerkCoaching} on {@code Zorgnetwerk.netwerkCoaching()},
 *       steps in {@link io.github.mantelzorg.model.NetwerkStap}.
 *   <li><b>vraagverlegenheid</b>: reluctance to ask for help: {@code Zorgvrager.vraagverlegen()} and
 *       {@code Mantelzorger.vraagverlegen()}.
 *   <li><b>respijtzorg</b> (logeerzorg, dagopvang...): respite, temporary taking over of care:
 *       {@link io.github.mantelzorg.model.RespijtVoorziening} in {@code Zorgnetwerk.respijt()};
 *       <b>route naar respijtzorg</b>: {@code Samenwerkingsverband.routeRespijtzorgInBeeld()}.
 *   <li><b>participatieladder</b>: ladder of participation (Edelenbos; rung 0 "no contact" added):
 *       {@link io.github.mantelzorg.model.ParticipatieTrede}, used in
 *       {@link io.github.mantelzorg.model.SamenwerkingsRelatie} (current and desired rung) and
 *       {@code Samenwerkingsverband.mantelzorgersBetrokkenBijBeleid()}.
 *   <li><b>samenwerkingsaspecten</b>: the four aspects of network collaboration (gezamenlijk doel, eigen belang,
 *       relatie op orde, afspraken): {@link io.github.mantelzorg.model.SamenwerkingsAspecten} on
 *       {@code Samenwerkingsverband.aspecten()}.
 *   <li><b>initiatiefnemer</b>: the person or organisation that takes the lead: {@code Samenwerkingsverband.initiatiefnemer()},
 *       a member id.
 *   <li><b>succesfactoren</b>: success factors investeren, klein beginnen, verhalen van mantelzorgers benutten:
 *       {@link io.github.mantelzorg.model.SuccesFactor}, <em>derived</em> by
 *       {@code Samenwerkingsverband.succesfactoren()}, never stored.
 *   <li><b>zesstappenplan</b> ("Samen sterker"): six-step plan of local collaboration:
 *       {@link io.github.mantelzorg.model.SamenwerkingsStap} in {@code Samenwerkingsverband.stappenAfgerond()}.
 *   <li><b>doelen</b>: goals, big or small, by theme: {@link io.github.mantelzorg.model.Doel}.
 *   <li><b>visie &amp; leidende principes</b>: shared vision and its five to eight guiding principles:
 *       {@link io.github.mantelzorg.model.Visie} on {@code Samenwerkingsverband.visie()}.
 *   <li><b>positionering</b>: how the carer-support organisation positions itself, with its own role
 *       ({@link io.github.mantelzorg.model.OndersteunersRol}): {@link io.github.mantelzorg.model.Positionering};
 *       <b>elevator pitch</b>: one-minute story per audience: {@link io.github.mantelzorg.model.ElevatorPitch};
 *       <b>lobby</b> (druk uitoefenen, lokale lobby): the seven lobby questions:
 *       {@link io.github.mantelzorg.model.LobbyPlan}.
 *   <li><b>mantelzorgakkoord</b>: agreement of municipalities and organisations to work for carers:
 *       {@link io.github.mantelzorg.model.Mantelzorgakkoord} on {@code Samenwerkingsverband.mantelzorgakkoord()}.
 *   <li><b>sociale kaart</b>: shared overview of local support: {@code Samenwerkingsverband.socialeKaart()}.
 *   <li><b>ervaringsdeskundige</b>: expert by experience: {@link io.github.mantelzorg.model.Ervaringsdeskundige},
 *       in a network and in {@code Organisatie.ervaringsdeskundigen()}.
 *   <li><b>draagvlak</b>: support among those who must work with a change:
 *       {@link io.github.mantelzorg.model.Draagvlak} on {@code Organisatie.draagvlak()} and
 *       {@link io.github.mantelzorg.model.Project}.
 *   <li><b>lerend netwerk / lerende praktijk</b>: learning network with a coach / a guided local partnership:
 *       {@link io.github.mantelzorg.model.LerendNetwerk} and {@code Samenwerkingsverband.lerendePraktijk()}.
 *   <li><b>Samenspelscan</b>: questionnaire on the collaboration of clients, carers and staff:
 *       {@link io.github.mantelzorg.model.Samenspelscan} on {@code Organisatie.samenspelscan()}.
 *   <li><b>gemeente</b>: municipality: {@code Zorgnetwerk.gemeente()}, {@code Samenwerkingsverband.gemeenten()}.
 *   <li><b>Kwaliteitskompas</b> (MantelzorgNL): <em>not modelled</em>; its content is not published.
 * </ul>
 *
 * <h2>Sources named in short</h2>
 *
 * <p>The Javadoc names its sources in short; the rule base cites them in full, with the page or section, in each
 * advice ({@code Advies.bronnen()}).
 *
 * <ul>
 *   <li><b>Movisie 2013</b>: "Gemeenten, duik in die informele zorg!", Movisie, 5 March 2013 (zelfregie, SOFA, WIFA,
 *       MantelScan, Een Sterk Sociaal Netwerk, vraagverlegenheid, Samenspelscan).
 *   <li><b>Movisies 2, 2019</b>: "Programma over samenwerking met mantelzorgers", in <em>Movisies</em> 2, Movisie,
 *       June 2019 (the programme In voor mantelzorg-thuis and its lerende praktijken).
 *   <li><b>Movisies 1, 2022</b>: Noëlle van Wijgerden on the ten lerende praktijken of In voor mantelzorg-thuis, in
 *       <em>Movisies</em> 1, Movisie, March 2022 (experiments, the four aspects of collaboration, the
 *       initiatiefnemer, start small).
 *   <li><b>Begeleiding à la carte 2020</b>: "Samen werken aan persoonsgerichte zorg van de toekomst", report of the
 *       fourth meeting of the lerende netwerken Begeleiding à la carte, 5 October 2020 (ervaringsdeskundigheid,
 *       naasten ontzorgen).
 *   <li><b>MantelzorgNL, Werkboek 1</b>: <em>Gids voor mantelzorgondersteuners</em>, Werkboek 1 "Visie, positie en
 *       samenwerking", MantelzorgNL (vision and leidende principes, elevator pitch, lobby, the six steps of Samen
 *       sterker, the participatieladder).
 * </ul>
 */
@MantelzorgStyle
package io.github.mantelzorg.model;
