package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.definition.DefinitionFixture.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.CaseDataValidation.FieldProblem;
import org.junit.jupiter.api.Test;

class CaseDataValidationTests {

    private final CaseDataValidation validation = new CaseDataValidation();

    private final List<FieldDefinition> fields = List.of(
            field("category", FieldType.CHOICE, "pothole", "flytipping", "other"),
            field("priority", FieldType.NUMBER),
            field("postcode", FieldType.POSTCODE),
            field("description", FieldType.LONG_TEXT),
            field("route", FieldType.TEXT),
            field("seen-on", FieldType.DATE),
            field("still-there", FieldType.BOOLEAN),
            field("email", FieldType.EMAIL),
            field("phone", FieldType.PHONE),
            field("photo", FieldType.DOCUMENT));

    private List<FieldProblem> check(Map<String, Object> data) {
        return validation.check(fields, data, List.of());
    }

    private static FieldProblem problem(String field, String reason) {
        return new FieldProblem(field, reason);
    }

    @Test
    void aCompleteReportIsAccepted() {
        var data = Map.<String, Object>of(
                "category", "pothole",
                "priority", 2,
                "postcode", "SW1A 1AA",
                "description", "A deep pothole outside number 12.",
                "seen-on", "2025-03-31",
                "still-there", true,
                "email", "resident@example.org",
                "phone", "01632 960001",
                "photo", "doc-8f2c");

        assertThat(validation.check(fields, data, List.of("category", "description")))
                .isEmpty();
    }

    @Test
    void aFieldTheProcessDoesNotHaveIsRefused() {
        assertThat(check(Map.of("colour", "red"))).containsExactly(problem("colour", "no such field in this process"));
    }

    @Test
    void aMandatoryFieldThatIsMissingNullOrBlankIsRequired() {
        var data = new HashMap<String, Object>();
        data.put("priority", null);
        data.put("description", "   ");

        assertThat(validation.check(fields, data, List.of("category", "priority", "description")))
                .containsExactly(
                        problem("category", "is required"),
                        problem("priority", "is required"),
                        problem("description", "is required"));
    }

    @Test
    void anOptionalFieldMayBeLeftBlank() {
        var data = new HashMap<String, Object>();
        data.put("seen-on", "");
        data.put("priority", null);

        assertThat(check(data)).isEmpty();
        assertThat(validation.normalise(fields, data))
                .containsEntry("seen-on", null)
                .containsEntry("priority", null);
    }

    @Test
    void aChoiceMustBeOneOfItsOptions() {
        assertThat(check(Map.of("category", "potholes")))
                .containsExactly(problem("category", "must be one of pothole, flytipping, other"));
    }

    @Test
    void textIsLimitedTo500CharactersAndLongTextTo10000() {
        assertThat(check(Map.of("route", "x".repeat(500), "description", "x".repeat(10_000))))
                .isEmpty();
        assertThat(check(Map.of("route", "x".repeat(501), "description", "x".repeat(10_001))))
                .containsExactly(
                        problem("description", "must be 10,000 characters or fewer"),
                        problem("route", "must be 500 characters or fewer"));
        assertThat(check(Map.of("route", 7))).containsExactly(problem("route", "must be text"));
    }

    @Test
    void aNumberMayArriveAsANumberOrAsNumericText() {
        assertThat(check(Map.of("priority", "3"))).isEmpty();
        assertThat(check(Map.of("priority", 2.5))).isEmpty();
        assertThat(check(Map.of("priority", "three"))).containsExactly(problem("priority", "must be a number"));
        assertThat(check(Map.of("priority", "1e3"))).containsExactly(problem("priority", "must be a number"));
        assertThat(check(Map.of("priority", Double.NaN))).containsExactly(problem("priority", "must be a number"));
    }

    @Test
    void numbersAreStoredAsWholeNumbersOrExactDecimals() {
        assertThat(validation.normalise(fields, Map.of("priority", "3"))).containsEntry("priority", 3L);
        assertThat(validation.normalise(fields, Map.of("priority", 3))).containsEntry("priority", 3L);
        assertThat(validation.normalise(fields, Map.of("priority", "2.50")))
                .containsEntry("priority", new BigDecimal("2.5"));
        assertThat(validation.normalise(fields, Map.of("priority", 0.1)))
                .containsEntry("priority", new BigDecimal("0.1"));
        assertThat(validation.normalise(fields, Map.of("priority", new BigDecimal("4.00"))))
                .containsEntry("priority", 4L);
    }

    @Test
    void aDateIsWrittenYearMonthDay() {
        assertThat(check(Map.of("seen-on", "31/03/2025")))
                .containsExactly(problem("seen-on", "must be a date written as year-month-day, such as 2025-03-31"));
        assertThat(check(Map.of("seen-on", "2025-02-30"))).hasSize(1);
        assertThat(validation.normalise(fields, Map.of("seen-on", LocalDate.of(2025, 3, 31))))
                .containsEntry("seen-on", "2025-03-31");
    }

    @Test
    void aBooleanIsTrueOrFalse() {
        assertThat(validation.normalise(fields, Map.of("still-there", "true"))).containsEntry("still-there", true);
        assertThat(validation.normalise(fields, Map.of("still-there", "False"))).containsEntry("still-there", false);
        assertThat(check(Map.of("still-there", "yes")))
                .containsExactly(problem("still-there", "must be true or false"));
    }

    @Test
    void anEmailAddressLooksLikeOne() {
        assertThat(check(Map.of("email", "first.last+council@mail.example.gov.uk")))
                .isEmpty();
        assertThat(check(Map.of("email", "resident@localhost")))
                .containsExactly(problem("email", "must be an email address, such as name@example.org"));
        assertThat(check(Map.of("email", "resident at example.org"))).hasSize(1);
    }

    @Test
    void aPhoneNumberHasTenToThirteenDigits() {
        assertThat(check(Map.of("phone", "+44 1632 960001"))).isEmpty();
        assertThat(check(Map.of("phone", "07700900123"))).isEmpty();
        assertThat(check(Map.of("phone", "12345")))
                .containsExactly(
                        problem("phone", "must be a UK phone number of 10 to 13 digits, such as 01632 960 001"));
        assertThat(check(Map.of("phone", "01632-960001"))).hasSize(1);
    }

    @Test
    void aPostcodeIsStoredUpperCaseWithOneSpace() {
        assertThat(validation.normalise(fields, Map.of("postcode", " sw1a1aa ")))
                .containsEntry("postcode", "SW1A 1AA");
        assertThat(validation.normalise(fields, Map.of("postcode", "m1  1ae"))).containsEntry("postcode", "M1 1AE");
        assertThat(check(Map.of("postcode", "SW1A")))
                .containsExactly(problem("postcode", "must be a UK postcode, such as SW1A 1AA"));
        assertThat(check(Map.of("postcode", "QQ1 1AA"))).hasSize(1);
    }

    @Test
    void aDocumentIsGivenByItsId() {
        assertThat(check(Map.of("photo", Map.of("name", "pothole.jpg"))))
                .containsExactly(problem("photo", "must be a document id"));
    }

    @Test
    void dataThatWasNotCheckedCannotBeNormalised() {
        assertThatThrownBy(() -> validation.normalise(fields, Map.of("category", "potholes")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisedDataKeepsTheProcessFieldOrder() {
        assertThat(validation
                        .normalise(fields, Map.of("route", "highways", "category", "pothole"))
                        .keySet())
                .containsExactly("category", "route");
    }
}
