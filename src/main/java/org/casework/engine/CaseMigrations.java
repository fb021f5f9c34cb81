package org.casework.engine;

import java.util.ArrayList;
import java.util.List;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessNotFound;
import org.casework.engine.cases.CaseRows;
import org.casework.engine.cases.VersionMigration;
import org.springframework.stereotype.Service;

/**
 * Moving running cases to a newer version of their process: a preview of which can move and why not, then the move,
 * one case (and one transaction, under the case's lock) at a time, each checked again as it moves because a case may
 * have moved on since the preview.
 */
@Service
public class CaseMigrations {

    private final Definitions definitions;
    private final CaseRows rows;
    private final VersionMigration migration;

    CaseMigrations(Definitions definitions, CaseRows rows, VersionMigration migration) {
        this.definitions = definitions;
        this.rows = rows;
        this.migration = migration;
    }

    /** Which active cases on other versions could move to {@code toVersion}, and where they would wait. */
    public List<CaseMove> preview(MigrateCases command) {
        var target = target(command);
        var moves = new ArrayList<CaseMove>();
        for (var row : rows.activeNotOn(command.process(), target.id())) {
            if (!command.only().isEmpty() && !command.only().contains(row.id())) continue;
            moves.add(migration.assess(row, target, command.steps()));
        }
        return moves;
    }

    /**
     * Moves every case the preview would (or those in {@code only}); each is checked again under its lock, and one
     * that can no longer move is left where it is with the reason. Returns what happened to each.
     */
    public List<CaseMove> migrate(MigrateCases command) {
        var target = target(command);
        var results = new ArrayList<CaseMove>();
        for (var move : preview(command)) {
            results.add(migration.move(move.caseId(), target, command.steps(), command.actor()));
        }
        return results;
    }

    private org.casework.definition.ProcessVersion target(MigrateCases command) {
        return definitions
                .version(command.process(), command.toVersion())
                .orElseThrow(() -> new ProcessNotFound(
                        "Process '" + command.process() + "' has no version " + command.toVersion()));
    }
}
