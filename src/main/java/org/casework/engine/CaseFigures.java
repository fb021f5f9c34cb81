package org.casework.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The figures a dashboard shows: open cases by process and stage, and how many closed cases met their SLA. */
@Service
public class CaseFigures {

    /** Open (or waiting) cases of one process at one stage. */
    public record OpenAtStage(String process, String stage, long cases) {}

    /** Cases closed in a period, and how many of them by their due date. */
    public record SlaCompliance(long closed, long onTime) {

        public double share() {
            return closed == 0 ? 1.0 : (double) onTime / closed;
        }
    }

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenAtStage> openByStage() {
        return jdbc.sql("select process_key, current_stage, count(*) as cases from cases"
                        + " where status in ('open', 'waiting') group by process_key, current_stage"
                        + " order by process_key, current_stage")
                .query((rs, n) -> new OpenAtStage(
                        rs.getString("process_key"), rs.getString("current_stage"), rs.getLong("cases")))
                .list();
    }

    /** Of the process's cases closed since {@code from}, how many closed on or before their due date. */
    public SlaCompliance slaCompliance(String process, Instant from) {
        return jdbc.sql("select count(*) as closed,"
                        + " coalesce(sum(case when cast(closed_at as date) <= due_on then 1 else 0 end), 0) as on_time"
                        + " from cases where status = 'closed' and closed_at >= :from and process_key = :process")
                .param("from", Timestamp.from(from))
                .param("process", process)
                .query((rs, n) -> new SlaCompliance(rs.getLong("closed"), rs.getLong("on_time")))
                .single();
    }
}
