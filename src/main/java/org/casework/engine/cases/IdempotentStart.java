package org.casework.engine.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.IdempotencyKeyReused;
import org.casework.engine.StartCase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case start with an {@code Idempotency-Key}: the key is stored with the case in the same transaction, so a retry
 * (even one racing the first attempt) finds the key and returns the first case instead of starting another.
 */
@Service
public class IdempotentStart {

    private final CaseEngine engine;
    private final CaseRows cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentStart(
            CaseEngine engine,
            CaseRows cases,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.engine = engine;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    public CaseRow start(StartCase command) {
        if (command.idempotencyKey() == null) return engine.start(command);
        var hash = hash(command);
        var earlier = earlier(command, hash);
        if (earlier.isPresent()) return cases.find(earlier.get()).orElseThrow();
        try {
            return transaction.execute(status -> {
                var row = engine.start(command);
                jdbc.sql("""
                                insert into idempotency_keys (owner, idempotency_key, request_hash, case_id, created_at)
                                values (:owner, :key, :hash, :caseId, :now)
                                """)
                        .param("owner", owner(command))
                        .param("key", command.idempotencyKey())
                        .param("hash", hash)
                        .param("caseId", row.id().value())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
                return row;
            });
        } catch (DuplicateKeyException raced) {
            // Another attempt with the same key committed first; its case is the answer.
            return earlier(command, hash).flatMap(cases::find).orElseThrow(() -> raced);
        }
    }

    /** The case an earlier start with the command's idempotency key started, if there was one. */
    Optional<CaseId> startedBefore(StartCase command) {
        if (command.idempotencyKey() == null) return Optional.empty();
        return earlier(command, hash(command));
    }

    private Optional<CaseId> earlier(StartCase command, String hash) {
        return jdbc.sql("select request_hash, case_id from idempotency_keys where owner = :owner and idempotency_key"
                        + " = :key")
                .param("owner", owner(command))
                .param("key", command.idempotencyKey())
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(hash)) {
                        throw new IdempotencyKeyReused(command.idempotencyKey());
                    }
                    return new CaseId(rs.getObject("case_id", UUID.class));
                })
                .optional();
    }

    private static String owner(StartCase command) {
        return command.actor() == null ? "" : command.actor();
    }

    private String hash(StartCase command) {
        var canonical = command.process() + "\n" + json.writeValueAsString(new TreeMap<>(command.data())) + "\n"
                + json.writeValueAsString(command.citizen());
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
