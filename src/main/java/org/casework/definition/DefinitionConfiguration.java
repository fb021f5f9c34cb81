package org.casework.definition;

import java.time.Clock;
import org.casework.platform.CouncilTime;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.LookupValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the module, made available to the rest of the service. */
@Configuration(proxyBeanMethods = false)
class DefinitionConfiguration {

    /** FEEL's today() must be the council's today, not UTC's, or cases near midnight branch on the wrong date. */
    @Bean
    ConditionEvaluator conditionEvaluator(Clock clock) {
        return new ConditionEvaluator(clock.withZone(CouncilTime.ZONE));
    }

    @Bean
    ProcessDocuments processDocuments() {
        return new ProcessDocuments();
    }

    @Bean
    DefinitionValidator definitionValidator(
            ConditionEvaluator conditions, ObjectProvider<ActionCheck> actionChecks, LookupLists lookups) {
        // Looked up on each validation: the checks' own beans (templates) need definitions, which need this.
        return new DefinitionValidator(
                conditions::checkFeel,
                actionChecks,
                () -> lookups.offered(LookupList.DEPARTMENTS, null).stream()
                        .map(LookupValue::code)
                        .toList());
    }

    @Bean
    CaseDataValidation caseDataValidation() {
        return new CaseDataValidation();
    }
}
