package io.github.mantelzorg.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied to the whole package in {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users build values with {@code Foo.builder()}
 * and copy them with the {@code withX(...)} methods that each type inherits from its generated {@code With*}
 * interface. Accessors are plain ({@code naam()}, not {@code getNaam()}), which reads well in Java and in DRL.
 *
 * <p>A builder missing a required field, or given {@code null} for one, throws an {@link InvalidModelException}
 * naming the field (not Immutables' {@code IllegalStateException} or a {@code NullPointerException}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    depluralizeDictionary = {
      "mantelzorger:mantelzorgers", "vrijwilliger:vrijwilligers", "beroepskracht:beroepskrachten",
      "informeelContact:informeleContacten", "ervaringsdeskundige:ervaringsdeskundigen",
      "organisatie:organisaties", "voorziening:respijt", "meting:belasting", "aandoening:aandoeningen",
      "taak:taken", "lid:leden", "kandidaat:kandidaten", "relatie:relaties", "doel:doelen",
      "gemeente:gemeenten", "pitch:pitches", "stap:stappen", "project:projecten", "knelpunt:knelpunten",
      "bron:bronnen", "principe:leidendePrincipes", "ondertekenaar:ondertekenaars", "medestander:medestanders",
      "netwerk:netwerken", "respondent:respondenten", "verbeterwens:verbeterwensen", "item:items",
      "zorgnetwerk:zorgnetwerken", "vraag:vragen"
    })
public @interface MantelzorgStyle {}
