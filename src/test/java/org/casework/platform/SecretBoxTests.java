package org.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Secrets stored sealed: readable again only with the same key, and never the same text twice. */
class SecretBoxTests {

    final SecretBox box = SecretBox.withKey("a-long-random-key-for-this-test");

    @Test
    void aSealedSecretOpensWithTheSameKeyAndDoesNotShowTheSecret() {
        var sealed = box.seal("whsec_c2VjcmV0LXNpZ25pbmcta2V5");

        assertThat(sealed).doesNotContain("whsec_").doesNotContain("c2VjcmV0");
        assertThat(box.open(sealed)).isEqualTo("whsec_c2VjcmV0LXNpZ25pbmcta2V5");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(box.seal("the same secret")).isNotEqualTo(box.seal("the same secret"));
    }

    @Test
    void anotherKeyOrAnAlteredSealCannotOpenIt() {
        var sealed = box.seal("the secret");
        var altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("00") ? "11" : "00");

        assertThatThrownBy(() -> SecretBox.withKey("another-key").open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casework.secrets.key");
        assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyOnlyTheEmbeddedDevelopmentDatabaseGetsTheDevelopmentKey() {
        var production = new SecretBox(
                new SecretsProperties(null),
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/casework"));
        var development = new SecretBox(
                new SecretsProperties(""),
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/casework"));

        assertThatThrownBy(() -> production.seal("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CASEWORK_SECRETS_KEY");
        assertThat(SecretBox.withKey(SecretBox.DEVELOPMENT_KEY).open(development.seal("x")))
                .isEqualTo("x");
    }

    @Test
    void theKeyIsNeverShown() {
        assertThat(new SecretsProperties("a-long-random-key").toString()).doesNotContain("a-long-random-key");
    }
}
