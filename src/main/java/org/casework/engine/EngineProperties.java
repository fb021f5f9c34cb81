package org.casework.engine;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's settings: the council's own closure days on top of the England and Wales bank holidays, and bank
 * holidays it works on.
 */
@ConfigurationProperties("casework.engine")
public record EngineProperties(@DefaultValue Calendar calendar) {

    public record Calendar(
            @DefaultValue List<LocalDate> extraHolidays,
            @DefaultValue List<LocalDate> workedHolidays) {}
}
