package org.casework.engine;

import org.casework.definition.ConditionEvaluator;
import org.casework.engine.interpreter.Interpreter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    WorkingCalendar workingCalendar(EngineProperties properties) {
        var calendar = properties.calendar();
        return WorkingCalendar.englandAndWales().withChanges(calendar.extraHolidays(), calendar.workedHolidays());
    }

    @Bean
    Interpreter interpreter(ConditionEvaluator conditions, WorkingCalendar calendar) {
        return new Interpreter(conditions, calendar);
    }
}
