package org.casework.definition;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, validating and publishing process definitions, and reading the published versions cases run on.
 * Published versions never change, so they are cached by id for the engine's hot path.
 */
@Service
public class Definitions {

    private final ProcessVersionStore store;
    private final DefinitionValidator validator;
    private final Clock clock;
    private final Map<ProcessVersionId, ProcessVersion> publishedCache = new ConcurrentHashMap<>();
    private final Map<String, ProcessVersion> publishedByNumber = new ConcurrentHashMap<>();

    Definitions(ProcessVersionStore store, DefinitionValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    /** Creates the process's draft, or replaces it; the published versions are untouched. */
    @Transactional
    public void saveDraft(ProcessDefinition definition, String by) {
        var now = clock.instant();
        // Insert-if-none first: two first saves racing each other then both succeed, the later one as an update.
        if (!store.insertDraft(definition, by, now)) {
            var draft = store.lockDraft(definition.key()).orElseThrow();
            store.updateDraft(draft.id(), definition, by, now);
        }
    }

    /**
     * Starts a new process's draft; refused when the key is taken by a published process or another draft, so the
     * designer never replaces someone's work by choosing a key already in use.
     */
    @Transactional
    public DraftView createDraft(ProcessDefinition definition, String by) {
        if (store.exists(definition.key()) || !store.insertDraft(definition, by, clock.instant())) {
            throw new ProcessAlreadyExists(definition.key());
        }
        return draftView(definition.key()).orElseThrow();
    }

    /**
     * Replaces the draft the editor opened at {@code basedOn}; refused with {@link DraftChangedMeanwhile} (nothing
     * saved) when someone else saved it since. Returns the draft as saved.
     */
    @Transactional
    public DraftView saveDraft(ProcessDefinition definition, String by, int basedOn) {
        if (!store.updateDraftAt(definition.key(), basedOn, definition, by, clock.instant())) {
            var current = draftView(definition.key())
                    .orElseThrow(() -> new ProcessNotFound("Process '" + definition.key() + "' has no draft"));
            throw new DraftChangedMeanwhile(current);
        }
        return draftView(definition.key()).orElseThrow();
    }

    /** The draft with its revision, for editing. */
    public Optional<DraftView> draftView(String key) {
        return store.draft(key).map(d -> new DraftView(d.definition(), d.revision(), d.updatedAt(), d.updatedBy()));
    }

    public Optional<ProcessDefinition> draft(String key) {
        return store.draft(key).map(ProcessVersionStore.Draft::definition);
    }

    public List<ValidationProblem> validate(ProcessDefinition definition) {
        return validator.validate(definition);
    }

    /** Freezes the draft as the next version; new cases use it from now on, running cases keep theirs. */
    @Transactional
    public ProcessVersion publish(String key, String changeNote, String by) {
        var draft = store.lockDraft(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
        var problems = validator.validate(draft.definition());
        if (!problems.isEmpty()) throw new DefinitionInvalid(problems);
        var version = store.nextVersionNumber(key);
        store.publish(draft.id(), version, changeNote, by, clock.instant());
        return published(draft.id());
    }

    /**
     * Publishes the draft only if it is still the one the publisher reviewed, at {@code revision}; {@link
     * DraftChangedMeanwhile} (nothing published) when someone saved it since.
     */
    @Transactional
    public ProcessVersion publish(String key, String changeNote, String by, int revision) {
        var draft = store.lockDraft(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
        if (draft.revision() != revision) {
            throw new DraftChangedMeanwhile(
                    new DraftView(draft.definition(), draft.revision(), draft.updatedAt(), draft.updatedBy()));
        }
        return publish(key, changeNote, by);
    }

    /**
     * The key of every field of every process, in any published version or draft: the names a notification
     * template may use for a case's answers.
     */
    public java.util.Set<String> fieldKeys() {
        var keys = new java.util.TreeSet<String>();
        for (var definition : store.everyDocument()) {
            for (var field : definition.fields()) if (field.key() != null) keys.add(field.key());
        }
        return keys;
    }

    public List<ProcessSummary> list() {
        return store.summaries();
    }

    /** Every published version of the process, newest first, with its change note, who published it and when. */
    public List<ProcessVersion> history(String key) {
        return store.history(key);
    }

    /**
     * What changed from one document of the process to another, each named {@code draft}, {@code latest} or by its
     * version number.
     */
    public ProcessChanges compare(String key, String from, String to) {
        return ProcessChanges.between(label(from), document(key, from), label(to), document(key, to));
    }

    /** The process's draft, its latest published version, or the version numbered so, by the name {@link #compare} takes. */
    public ProcessDefinition document(String key, String which) {
        if (which == null || which.isBlank() || which.equals("latest"))
            return latest(key).definition();
        if (which.equals("draft")) {
            return draft(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
        }
        try {
            var number = Integer.parseInt(which.strip());
            return version(key, number)
                    .orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no version " + number))
                    .definition();
        } catch (NumberFormatException notANumber) {
            throw new ProcessNotFound(
                    "Process '" + key + "' has no version '" + which + "': give a number, draft or" + " latest");
        }
    }

    private static String label(String which) {
        if (which == null || which.isBlank() || which.equals("latest")) return "the latest version";
        if (which.equals("draft")) return "the draft";
        return "version " + which.strip();
    }

    /** Who last saved the process's draft and when, if it has one. */
    public Optional<DraftSaved> draftSaved(String key) {
        return store.draftSaved(key);
    }

    /** When and by whom a draft was last saved. */
    public record DraftSaved(String by, java.time.Instant at) {}

    public List<Integer> versionNumbers(String key) {
        return store.versionNumbers(key);
    }

    /**
     * A published version by its number. Cached like {@link #published(ProcessVersionId)}: a published version never
     * changes, and the work module asks for the step of every task it completes.
     */
    public Optional<ProcessVersion> version(String key, int version) {
        var name = key + "@" + version;
        var cached = publishedByNumber.get(name);
        if (cached != null) return Optional.of(cached);
        var found = store.published(key, version);
        found.ifPresent(published -> publishedByNumber.put(name, published));
        return found;
    }

    /** The version new cases of this process start on. */
    public ProcessVersion latest(String key) {
        var id = store.latestPublishedId(key)
                .orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no published version"));
        return published(id);
    }

    public ProcessVersion published(ProcessVersionId id) {
        var cached = publishedCache.get(id);
        if (cached != null) return cached;
        var version = store.published(id).orElseThrow(() -> new ProcessNotFound("No published process version " + id));
        publishedCache.put(id, version);
        return version;
    }
}
