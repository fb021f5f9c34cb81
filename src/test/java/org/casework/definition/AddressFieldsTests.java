package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.definition.DefinitionFixture.field;
import static org.casework.definition.DefinitionFixture.reportAProblem;
import static org.casework.definition.DefinitionFixture.withCondition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.CaseDataValidation.FieldProblem;
import org.casework.definition.Condition.Compare;
import org.casework.definition.Condition.Operator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An {@code address} field: the lines of a postal address, its postcode and, when it was picked from the gazetteer,
 * its UPRN, kept as one map; checked and tidied when it arrives, tested only for being given.
 */
class AddressFieldsTests {

    private static final FieldDefinition WHERE = field("where", FieldType.ADDRESS);

    @Nested
    class Arriving {

        private final CaseDataValidation validation = new CaseDataValidation();

        private List<FieldProblem> check(Object where) {
            var data = new LinkedHashMap<String, Object>();
            data.put("where", where);
            return validation.check(List.of(WHERE), data, List.of());
        }

        private Object normalised(Object where) {
            return validation.normalise(List.of(WHERE), Map.of("where", where)).get("where");
        }

        @Test
        void anAddressFromTheGazetteerKeepsItsUprnAndItsPostcodeIsWrittenAsRoyalMailDoes() {
            var where = Map.of(
                    "uprn", "100023336956", "lines", List.of("10 Downing Street", " London "), "postcode", "sw1a2aa");

            assertThat(check(where)).isEmpty();
            assertThat(normalised(where))
                    .isEqualTo(Map.of(
                            "uprn",
                            "100023336956",
                            "lines",
                            List.of("10 Downing Street", "London"),
                            "postcode",
                            "SW1A 2AA"));
        }

        @Test
        void aTypedAddressHasNoUprnAndLosesItsBlankLines() {
            assertThat(normalised(Map.of("lines", List.of("The Old Pump House", "", "Anytown"), "postcode", "NP1 2AB")))
                    .isEqualTo(Map.of("lines", List.of("The Old Pump House", "Anytown"), "postcode", "NP1 2AB"));
        }

        @Test
        void anAddressNeedsALineAndARealPostcode() {
            assertThat(check(Map.of("lines", List.of(" "), "postcode", "NP1 2AB")))
                    .containsExactly(new FieldProblem("where", "must have at least one address line"));
            assertThat(check(Map.of("lines", List.of("1 High Street"), "postcode", "NOT A CODE")))
                    .containsExactly(
                            new FieldProblem("where", "must have a postcode: must be a UK postcode, such as SW1A 1AA"));
            assertThat(check(Map.of("lines", List.of("1 High Street"))))
                    .containsExactly(
                            new FieldProblem("where", "must have a postcode: must be a UK postcode, such as SW1A 1AA"));
        }

        @Test
        void textOrTooManyLinesOrABadUprnIsNotAnAddress() {
            assertThat(check("1 High Street, Anytown"))
                    .containsExactly(new FieldProblem(
                            "where", "must be an address: lines (one to 4), a postcode, and optionally a UPRN"));
            assertThat(check(Map.of("lines", List.of("a", "b", "c", "d", "e"), "postcode", "NP1 2AB")))
                    .extracting(FieldProblem::reason)
                    .containsExactly("must be an address: lines (one to 4), a postcode, and optionally a UPRN");
            assertThat(check(Map.of("uprn", "12ab", "lines", List.of("1 High Street"), "postcode", "NP1 2AB")))
                    .containsExactly(new FieldProblem("where", "must have a UPRN of 1 to 12 digits, or none"));
        }

        @Test
        void itReadsAsALetterAddressesIt() {
            assertThat(Address.shown(Map.of("lines", List.of("3 Weir Road", "Anytown"), "postcode", "NP1 2AB")))
                    .isEqualTo("3 Weir Road, Anytown, NP1 2AB");
            assertThat(Address.shown("written before it was an address")).isEqualTo("written before it was an address");
        }
    }

    @Nested
    class Publishing {

        private final DefinitionValidator validator = new DefinitionValidator(feel -> Optional.empty());

        @Test
        void anAddressCanOnlyBeTestedForBeingGiven() {
            var given = new Compare("where", Operator.IS_NOT_EMPTY, null);
            var equal = new Compare("where", Operator.EQUALS, "1 High Street");

            assertThat(validator.validate(reportAProblem()
                            .field(WHERE)
                            .<Step.Branch>step("route", b -> withCondition(b, given))
                            .build()))
                    .isEmpty();
            assertThat(validator.validate(reportAProblem()
                            .field(WHERE)
                            .<Step.Branch>step("route", b -> withCondition(b, equal))
                            .build()))
                    .extracting(ValidationProblem::message)
                    .containsExactly(
                            "Route 1 of branch 'route' tests field 'where', an address, with 'equals': an address"
                                    + " can only be tested with 'is-empty' or 'is-not-empty'");
        }

        @Test
        void anAddressQuestionHasItsPageToItself() {
            var definition = reportAProblem()
                    .field(WHERE)
                    .form(new OnlineForm(
                            true,
                            "Report it",
                            List.of(new FormPage("where", "Where and what", List.of("where", "category"), null)),
                            null))
                    .build();

            assertThat(validator.validate(definition))
                    .extracting(ValidationProblem::message)
                    .contains("Page 'where' asks for the address 'where' with other questions: give an address"
                            + " question a page of its own");
        }
    }
}
