package org.casework.engine.calls;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How API steps call other systems. A failed call is tried again after {@code firstRetryDelay}, doubling each time,
 * as often as its step's {@code attempts} allow. {@code callbackAddress} is this service's address as the other
 * systems reach it, the start of every callback URL. Connecting may take {@code connectTimeout}; the answer, the
 * step's own {@code timeoutSeconds}.
 */
@ConfigurationProperties("casework.api-calls")
public record ApiCallProperties(
        @DefaultValue("10s") Duration firstRetryDelay,
        @DefaultValue("http://localhost:8080") String callbackAddress,
        @DefaultValue("5s") Duration connectTimeout) {

    /** The address the other system calls back, for a one-time token. */
    public String callbackUrl(String token) {
        var base = callbackAddress.endsWith("/")
                ? callbackAddress.substring(0, callbackAddress.length() - 1)
                : callbackAddress;
        return base + "/api/v1/callbacks/" + token;
    }
}
