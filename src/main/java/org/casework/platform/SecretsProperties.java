package org.casework.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that {@link SecretBox} seals stored secrets with ({@code CASEWORK_SECRETS_KEY}): any long random text. Losing
 * or changing it makes every sealed secret unreadable, so it is kept like a database password.
 */
@ConfigurationProperties("casework.secrets")
record SecretsProperties(String key) {

    @Override
    public String toString() {
        return "SecretsProperties[key=" + (key == null || key.isBlank() ? "unset" : "[hidden]") + "]";
    }
}
