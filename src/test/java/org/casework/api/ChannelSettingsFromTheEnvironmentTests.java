package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.FakeNotify;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the environment supplies GOV.UK Notify's settings ({@code casework.notify.*}, as every other test context
 * does), they win: the API says so, shows no secret, and refuses to change them, so operations can pin a key.
 */
@IntegrationTest
class ChannelSettingsFromTheEnvironmentTests {

    private static final String NOTIFY = "/api/v1/notification-channels/notify";

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void anAdministrator() {
        admin = new TestCouncil(staff, apiKeys, port).admin().api();
    }

    @AfterEach
    void forgetStoredSettings() {
        db.sql("delete from notification_settings").update();
    }

    @Test
    void settingsTheEnvironmentSuppliesAreShownAsSuchWithoutTheirSecrets() {
        var read = admin.get(NOTIFY);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("apiKeySet").asBoolean()).isTrue();
        assertThat(read.json().path("callbackTokenSet").asBoolean()).isTrue();
        assertThat(read.json().path("fromEnvironment").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder("apiKey", "baseUrl", "emailTemplateId", "smsTemplateId", "callbackToken");
        assertThat(read.body()).doesNotContain(FakeNotify.SECRET).doesNotContain("test-notify-callback-token");
    }

    @Test
    void aSettingTheEnvironmentSuppliesCannotBeChangedButSendingItBackIsNoChange() {
        var refused = admin.put(NOTIFY, Map.of("apiKey", "other-" + FakeNotify.SERVICE_ID + "-" + FakeNotify.SECRET));

        assertThat(errors(assertProblem(refused, 422)))
                .containsOnlyKeys("apiKey")
                .containsValue("This is set by the environment (casework.notify.api-key) and cannot be changed here");
        assertThat(db.sql("select count(*) from notification_settings")
                        .query(Integer.class)
                        .single())
                .isZero();

        var same = admin.put(NOTIFY, Map.of("smsTemplateId", FakeNotify.SMS_TEMPLATE));
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
    }
}
