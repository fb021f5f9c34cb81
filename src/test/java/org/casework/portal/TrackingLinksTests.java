package org.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tracking link opens its own request, only with its own reference, only until it expires. */
@IntegrationTest
class TrackingLinksTests {

    @Autowired
    TrackingLinks links;

    @Autowired
    Cases cases;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    CaseView first;
    CaseView second;

    @BeforeEach
    void twoRequests() {
        var council = new TestCouncil(staff, apiKeys, port);
        var process = council.publishReportAProblem(
                council.officer("admin", Set.of(Role.ADMIN)).api());
        first = cases.start(new StartCase(
                process, java.util.Map.of("category", "pothole"), new Citizen("Pat", null, null), "test", null));
        second = cases.start(new StartCase(process, java.util.Map.of("category", "other"), "test", null));
    }

    @Test
    void aLinkOpensItsRequestWithItsReferenceOnly() {
        var link = links.issue(first);
        var key = link.url().substring(link.url().indexOf("key=") + 4);

        assertThat(links.open(first.reference(), key)).contains(first.id());
        assertThat(links.open(first.reference().toLowerCase(), key)).contains(first.id());
        assertThat(links.open(second.reference(), key)).isEmpty();
        assertThat(links.open(first.reference(), key.substring(1))).isEmpty();
        assertThat(links.open(first.reference(), "")).isEmpty();
    }

    @Test
    void anExpiredLinkOpensNothing() {
        var link = links.issue(first);
        var key = link.url().substring(link.url().indexOf("key=") + 4);
        db.sql("update tracking_links set expires_at = :past where case_id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .param("id", first.id().value())
                .update();

        assertThat(links.open(first.reference(), key)).isEmpty();
        var fresh = links.issue(first);
        assertThat(links.open(
                        first.reference(), fresh.url().substring(fresh.url().indexOf("key=") + 4)))
                .contains(first.id());
    }
}
