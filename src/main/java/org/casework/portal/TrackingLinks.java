package org.casework.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Secret links to follow a request without an account: made when a request is made (by the online form, by staff on
 * the phone, through the API) and sent in its confirmation. A link names the reference and carries 256 random bits;
 * only their hash is kept. A request can have several links (each confirmation makes one); each works until it
 * expires.
 */
@Service
public class TrackingLinks {

    private final JdbcClient db;
    private final Cases cases;
    private final Clock clock;
    private final PortalProperties properties;

    TrackingLinks(JdbcClient db, Cases cases, Clock clock, PortalProperties properties) {
        this.db = db;
        this.cases = cases;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new link to the case; call it in the transaction that makes the request, so no link outlives a rollback. */
    @Transactional
    public TrackingLink issue(CaseView request) {
        var caseId = request.id();
        var reference = request.reference();
        var secret = Secrets.newToken();
        var now = clock.instant();
        var expires = now.plus(properties.trackingLinkValidFor());
        db.sql("""
                        insert into tracking_links (token_hash, case_id, created_at, expires_at)
                        values (:hash, :caseId, :now, :expires)""")
                .param("hash", Secrets.sha256(secret))
                .param("caseId", caseId.value())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        var url = UriComponentsBuilder.fromUri(properties.serviceUrl())
                .path("/portal/track/{reference}")
                .queryParam("key", secret)
                .buildAndExpand(reference)
                .toUriString();
        return new TrackingLink(reference, url, expires);
    }

    /**
     * The case a link opens: the reference and the secret must belong together and the link must not have expired.
     * Empty otherwise, whatever the reason, so a guess learns nothing.
     */
    public Optional<CaseId> open(String reference, String secret) {
        if (reference == null || secret == null || secret.isBlank()) return Optional.empty();
        return db.sql("select case_id from tracking_links where token_hash = :hash and expires_at > :now")
                .param("hash", Secrets.sha256(secret.strip()))
                .param("now", Timestamp.from(clock.instant()))
                .query(java.util.UUID.class)
                .optional()
                .map(CaseId::new)
                .filter(id -> cases.get(id).reference().equalsIgnoreCase(reference.strip()));
    }
}
