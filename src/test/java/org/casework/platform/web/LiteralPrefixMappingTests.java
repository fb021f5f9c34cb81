package org.casework.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralPrefixMappingTests {

    @Test
    void aPathIsTriedAgainstAPatternWhenItStartsWithEverythingBeforeThePatternsFirstVariable() {
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/api/v1/tasks/8f1c/claim", "/api/v1/tasks/{id}/claim"))
                .isTrue();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/api/v1/tasks/", "/api/v1/tasks/{id}/claim"))
                .isTrue();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/assets/govuk/all.js", "/assets/**"))
                .isTrue();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/cases/RP-1", "/cases/{reference}"))
                .isTrue();
    }

    @Test
    void aPathThatDiffersBeforeThePatternsFirstVariableIsNotTried() {
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/api/v1/cases/8f1c", "/api/v1/tasks/{id}/claim"))
                .isFalse();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/api/v1/task", "/api/v1/tasks/{id}"))
                .isFalse();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/Cases/RP-1", "/cases/{reference}"))
                .isFalse();
    }

    @Test
    void aPatternWithoutVariablesNeedsThePathToStartWithAllOfIt() {
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/admin/processes", "/admin/processes"))
                .isTrue();
        assertThat(LiteralPrefixMapping.startsWithLiteralPart("/admin/process", "/admin/processes"))
                .isFalse();
    }
}
