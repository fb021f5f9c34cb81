package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.StageDefinition;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A draft's stages: the milestones citizens see, each with its target. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftStagesPage {

    private static final String STAGES = DraftEditing.BASE + "/{key}/draft/stages";
    private static final List<String> ANCHORS = List.of("key", "name", "description", "targetWorkingDays");

    private final DraftEditing drafts;

    DraftStagesPage(DraftEditing drafts) {
        this.drafts = drafts;
    }

    @GetMapping(STAGES + "/new")
    ModelAndView blank(@PathVariable String key) {
        var draft = drafts.open(key);
        return page(draft, draft.revision(), new StageDefinition(null, null, null, 0), true, new LinkedHashMap<>());
    }

    @GetMapping(STAGES + "/{stageKey}")
    ModelAndView edit(@PathVariable String key, @PathVariable String stageKey) {
        var draft = drafts.open(key);
        var stage = stage(draft.definition(), stageKey);
        var errors = ProblemPlaces.place(
                drafts.problems(draft.definition()),
                "$.stages[" + draft.definition().stages().indexOf(stage) + "]",
                ANCHORS,
                "name");
        return page(draft, draft.revision(), stage, false, errors);
    }

    @PostMapping(STAGES)
    ModelAndView add(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return save(key, null, new FormValues(sent), me, flash);
    }

    @PostMapping(STAGES + "/{stageKey}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable String stageKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        stage(drafts.open(key).definition(), stageKey);
        return save(key, stageKey, new FormValues(sent), me, flash);
    }

    @PostMapping(STAGES + "/{stageKey}/remove")
    String remove(
            @PathVariable String key,
            @PathVariable String stageKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return drafts.remove(
                key,
                sent,
                definition -> Redraft.stages(
                        definition,
                        Redraft.put(
                                definition.stages(), definition.stages().indexOf(stage(definition, stageKey)), null)),
                "Stage ‘" + stageKey + "’ removed",
                "#stages",
                me,
                flash);
    }

    private ModelAndView save(
            String key, String stageKey, FormValues sent, StaffPrincipal me, RedirectAttributes flash) {
        var draft = drafts.open(key);
        var isNew = stageKey == null;
        var errors = new LinkedHashMap<String, String>();
        var target = sent.integer("targetWorkingDays", errors, "The target");
        var stage = new StageDefinition(
                isNew ? sent.text("key") : stageKey,
                sent.text("name"),
                sent.text("description"),
                target == null ? 0 : target);
        if (isNew) {
            if (stage.key() == null) errors.putFirst("key", "Enter a key for the stage, such as assessing");
            else if (draft.definition().stage(stage.key()).isPresent())
                errors.putFirst("key", "There is already a stage with the key ‘" + stage.key() + "’");
        }
        var revision = DraftEditing.revision(sent);
        if (!errors.isEmpty()) {
            var page = page(draft, revision, stage, isNew, errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        try {
            drafts.save(
                    key,
                    revision,
                    current -> Redraft.stages(
                            current,
                            Redraft.put(
                                    current.stages(),
                                    isNew ? -1 : current.stages().indexOf(stage(current, stageKey)),
                                    stage)),
                    me.username());
            flash.addFlashAttribute(
                    "success", "Stage ‘" + (stage.name() == null ? stage.key() : stage.name()) + "’ saved");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "#stages");
        } catch (DraftChangedMeanwhile changed) {
            errors.put("revision", changed.problems().getFirst().reason());
            var page = page(changed.current(), changed.current().revision(), stage, isNew, errors);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView page(
            DraftView draft, int revision, StageDefinition stage, boolean isNew, Map<String, String> errors) {
        var definition = draft.definition();
        var path = DraftEditing.draftPath(definition.key()) + "/stages";
        return new ModelAndView("definition/stage")
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("revision", revision)
                .addObject("isNew", isNew)
                .addObject("stage", stage)
                .addObject("action", isNew ? path : path + "/" + stage.key())
                .addObject("removeAction", path + "/" + stage.key() + "/remove")
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private static StageDefinition stage(ProcessDefinition definition, String stageKey) {
        return definition.stage(stageKey).orElseThrow(() -> new NotInDraft("stage " + stageKey));
    }
}
