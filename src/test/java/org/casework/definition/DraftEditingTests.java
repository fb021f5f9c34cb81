package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.platform.Refusal;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The commands behind the process designer: a draft saved on top of a revision someone else already replaced is
 * refused with nothing lost, a new process cannot take a key in use, and the shared field library keeps fields for
 * processes to copy.
 */
@IntegrationTest
class DraftEditingTests {

    @Autowired
    Definitions definitions;

    @Autowired
    FieldLibrary library;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    private static String key(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ProcessDefinition named(String key, String name) {
        return new ProcessDefinition(
                key, name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aSaveMadeOnAnOlderRevisionIsRefusedAndKeepsTheOtherPersonsChange() {
        var key = key("dropped-kerb");
        var opened = definitions.createDraft(named(key, "Dropped kerb"), "ada");

        var adasSave = definitions.saveDraft(named(key, "Request a dropped kerb"), "ada", opened.revision());

        assertThatThrownBy(() -> definitions.saveDraft(named(key, "Dropped kerbs"), "bo", opened.revision()))
                .isInstanceOfSatisfying(DraftChangedMeanwhile.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(refused.reasonFor("revision"))
                            .startsWith("ada changed this draft while you were editing it");
                    assertThat(refused.current().definition().name()).isEqualTo("Request a dropped kerb");
                });
        assertThat(definitions.draft(key).orElseThrow().name()).isEqualTo("Request a dropped kerb");
        assertThat(adasSave.revision()).isGreaterThan(opened.revision());
    }

    @Test
    void aDraftSavedThroughTheApiMeanwhileAlsoStopsAStaleDesignerSave() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.officer("admin", java.util.Set.of(Role.ADMIN));
        var key = key("bulky-waste");
        var opened = definitions.createDraft(named(key, "Bulky waste"), "ada");

        var saved = admin.api()
                .put(
                        "/api/v1/definitions/" + key + "/draft",
                        "{\"key\": \"" + key + "\", \"name\": \"Bulky waste collection\"}",
                        "application/json");
        assertThat(saved.status()).isEqualTo(200);

        assertThatThrownBy(() -> definitions.saveDraft(named(key, "Bulky waste"), "ada", opened.revision()))
                .isInstanceOf(DraftChangedMeanwhile.class);
        assertThat(definitions.draft(key).orElseThrow().name()).isEqualTo("Bulky waste collection");
    }

    @Test
    void aDraftChangedAfterThePublisherReviewedItIsNotPublished() {
        var key = key("street-light");
        var end = new Step.End("done", "Done", null, "resolved");
        var reviewed = definitions.createDraft(
                new ProcessDefinition(
                        key,
                        "Street light",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "done",
                        List.of(end),
                        null,
                        null,
                        null,
                        null),
                "ada");
        var changed = definitions.saveDraft(
                new ProcessDefinition(
                        key,
                        "Broken street light",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "done",
                        List.of(end),
                        null,
                        null,
                        null,
                        null),
                "bo",
                reviewed.revision());

        assertThatThrownBy(() -> definitions.publish(key, "First version", "ada", reviewed.revision()))
                .isInstanceOf(DraftChangedMeanwhile.class);
        assertThat(definitions.versionNumbers(key)).isEmpty();

        var published = definitions.publish(key, "First version", "ada", changed.revision());
        assertThat(published.definition().name()).isEqualTo("Broken street light");
    }

    @Test
    void aNewProcessCannotTakeTheKeyOfOneThatExists() {
        var key = key("missed-bin");
        definitions.createDraft(named(key, "Missed bin"), "ada");

        assertThatThrownBy(() -> definitions.createDraft(named(key, "Another missed bin"), "bo"))
                .isInstanceOfSatisfying(
                        ProcessAlreadyExists.class,
                        refused -> assertThat(refused.reasonFor("key"))
                                .contains("There is already a process with the key"));
        assertThat(definitions.draft(key).orElseThrow().name()).isEqualTo("Missed bin");
    }

    @Test
    void theFieldLibraryKeepsFieldsForProcessesToCopyAndRefusesOnesThatCouldNotBeUsed() {
        var key = key("ward");
        var ward = new FieldDefinition(
                key, "Ward", FieldType.CHOICE, false, List.of("north", "south"), "Where the problem is");

        library.save(ward, "ada");
        library.save(
                new FieldDefinition(key, "Council ward", FieldType.CHOICE, false, List.of("north", "south"), null),
                "ada");

        assertThat(library.field(key)).hasValueSatisfying(kept -> {
            assertThat(kept.label()).isEqualTo("Council ward");
            assertThat(kept.options()).containsExactly("north", "south");
        });
        assertThat(library.fields()).extracting(FieldDefinition::key).contains(key);

        assertThatThrownBy(() -> library.save(
                        new FieldDefinition("Not A Key", "", FieldType.CHOICE, false, List.of(), null), "ada"))
                .isInstanceOfSatisfying(LibraryFieldRefused.class, refused -> {
                    assertThat(refused.reasonFor("key")).contains("lowercase letters, digits and hyphens");
                    assertThat(refused.reasonFor("label")).isNotNull();
                    assertThat(refused.reasonFor("options")).contains("A choice needs options");
                });

        library.remove(key);
        assertThat(library.field(key)).isEmpty();
    }
}
