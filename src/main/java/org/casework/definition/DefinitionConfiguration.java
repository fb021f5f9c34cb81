package org.casework.definition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the module, made available to the rest of the service. */
@Configuration(proxyBeanMethods = false)
class DefinitionConfiguration {

    @Bean
    ConditionEvaluator conditionEvaluator() {
        return new ConditionEvaluator();
    }

    @Bean
    ProcessDocuments processDocuments() {
        return new ProcessDocuments();
    }

    @Bean
    DefinitionValidator definitionValidator(ConditionEvaluator conditions) {
        return new DefinitionValidator(conditions::checkFeel);
    }

    @Bean
    CaseDataValidation caseDataValidation() {
        return new CaseDataValidation();
    }
}
