package org.casework.definition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The rows inside a step's editor (an API call's headers and answers, a checklist's items, an approval's approvers)
 * read back in the order typed, lose rows left blank when saved, keep one to fill in when "Add another" is pressed,
 * and name each row as the validator does, so a problem with a header lands on that header's row.
 */
class StepRowsTests {

    private final ProcessDefinition definition = new ProcessDefinition(
            "discount",
            "Discount",
            null,
            null,
            null,
            null,
            null,
            List.of(
                    new FieldDefinition("balance", "Balance", FieldType.NUMBER, false, null, null),
                    new FieldDefinition("account-status", "Status", FieldType.TEXT, false, null, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    private static final StepForm.StepBasics BASICS = new StepForm.StepBasics("check", "Check", null);

    private static FormValues form(String... namesAndValues) {
        var values = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.add(namesAndValues[i], namesAndValues[i + 1]);
        return new FormValues(values);
    }

    private final FormValues call = form(
            "request.method", "POST",
            "request.url", "https://revenues.example/accounts/{{account-number}}",
            "request.headers[0].name", "X-Case",
            "request.headers[0].value", "{{caseReference}}",
            "request.headers[1].name", "",
            "request.headers[1].value", "",
            "request.headers[2].name", "Accept",
            "request.headers[2].value", "application/json",
            "response[0].field", "balance",
            "response[0].path", "$.balance",
            "response[1].field", "account-status",
            "response[1].path", "$.status",
            "attempts", "2",
            "waitForCallback", "true");

    @Test
    void anApiCallsRowsAreReadInTheOrderTypedAndBlankOnesAreDroppedOnSaving() {
        var api = (Step.Api) new ApiStepForm().bind(BASICS, call, Edit.NONE, definition, new LinkedHashMap<>());

        assertThat(api.request().headers())
                .containsExactly(Map.entry("X-Case", "{{caseReference}}"), Map.entry("Accept", "application/json"));
        assertThat(api.response().keySet()).containsExactly("balance", "account-status");
        assertThat(api.attempts()).isEqualTo(2);
        assertThat(api.callsBack()).isTrue();
    }

    @Test
    void addAnotherKeepsOneBlankRowToFillInAndRemoveDropsTheRow() {
        var form = new ApiStepForm();
        var added = (Step.Api)
                form.bind(BASICS, call, Edit.parse("add-header@request.headers"), definition, new LinkedHashMap<>());
        assertThat(added.request().headers()).containsKeys("X-Case", "", "Accept");

        var removed = (Step.Api)
                form.bind(BASICS, call, Edit.parse("remove@request.headers[0]"), definition, new LinkedHashMap<>());
        assertThat(removed.request().headers()).doesNotContainKey("X-Case").containsKey("Accept");
    }

    @Test
    void aHeadersRowIsNamedAsTheValidatorNamesTheHeader() {
        var form = new ApiStepForm();
        var api = form.bind(BASICS, call, Edit.NONE, definition, new LinkedHashMap<>());

        assertThat(form.anchors(api, definition))
                .contains("request.headers['X-Case']", "request.headers.Accept", "response.balance")
                .contains("response['account-status']");
    }

    @Test
    void twoRowsForOneHeaderAreATypingSlipBesideTheSecond() {
        var errors = new LinkedHashMap<String, String>();
        new ApiStepForm()
                .bind(
                        BASICS,
                        form(
                                "request.headers[0].name", "Accept",
                                "request.headers[0].value", "text/plain",
                                "request.headers[1].name", "Accept",
                                "request.headers[1].value", "application/json"),
                        Edit.NONE,
                        definition,
                        errors);

        assertThat(errors).containsEntry("request.headers[1].name", "There are two rows for the header ‘Accept’");
    }

    @Test
    void aChecklistKeepsItsItemsAndTheirEvidenceAndDropsBlankOnes() {
        var checklist = (Step.Checklist) new ChecklistStepForm()
                .bind(
                        BASICS,
                        form(
                                "allocation.kind", "team",
                                "allocation.team", "badges",
                                "items[0].key", "id-seen",
                                "items[0].label", "Proof of identity seen",
                                "items[0].evidence", "required",
                                "items[1].key", "",
                                "items[1].label", "",
                                "items[2].key", "photo",
                                "items[2].label", "Photo checked",
                                "items[2].evidence", "none"),
                        Edit.NONE,
                        definition,
                        new LinkedHashMap<>());

        assertThat(checklist.items())
                .containsExactly(
                        new Step.ChecklistItem("id-seen", "Proof of identity seen", Step.Evidence.REQUIRED),
                        new Step.ChecklistItem("photo", "Photo checked", Step.Evidence.NONE));
        assertThat(checklist.allocations()).hasSize(1);
    }

    @Test
    void anApprovalNamesOnlyTheChosenWayOfDeciding() {
        var form = new ApprovalStepForm();
        var byList = (Step.Approval) form.bind(
                BASICS,
                form("approvalBy", "approvers", "approver", "sam", "approvers", "ann\nbea\n"),
                Edit.NONE,
                definition,
                new LinkedHashMap<>());
        assertThat(byList.approver()).isNull();
        assertThat(byList.approvers()).containsExactly("ann", "bea");

        // Chosen but not yet filled in: the way stays chosen, so its box is drawn for the problem to sit beside.
        var byTeam = (Step.Approval) form.bind(
                BASICS,
                form("approvalBy", "team"),
                Edit.parse("refresh@approvalBy"),
                definition,
                new LinkedHashMap<>());
        var model = new HashMap<String, Object>();
        form.show(byTeam, definition, model);
        assertThat(model).containsEntry("approvalBy", "team");
    }
}
