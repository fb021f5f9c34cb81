package org.casework.definition.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.casework.definition.DefinitionUnreadable;
import org.casework.definition.Definitions;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.ProcessNotFound;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Process files in and out: a JSON or YAML document uploaded becomes its process's draft (a file that cannot be read
 * is refused whole, nothing saved), the draft or a version downloads as a file, and a process is copied under a new
 * key and name as the draft of a new one.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ImportExportPage {

    /** The process keys the validator accepts, such as {@code report-a-problem}. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Definitions definitions;
    private final ProcessDocuments documents;

    ImportExportPage(Definitions definitions, ProcessDocuments documents) {
        this.definitions = definitions;
        this.documents = documents;
    }

    @GetMapping("/admin/processes/import")
    ModelAndView importForm() {
        return importPage(Map.of());
    }

    @PostMapping("/admin/processes/import")
    ModelAndView importFile(
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes flash) {
        if (file == null || file.isEmpty()) return refused(Map.of("file", "Select a JSON or YAML file of a process"));
        ProcessDefinition definition;
        try {
            var text = new String(file.getBytes(), StandardCharsets.UTF_8);
            definition = documents.read(text, formatOf(file.getOriginalFilename(), text));
        } catch (DefinitionUnreadable unreadable) {
            return refused(Map.of(
                    "file",
                    "The file cannot be read at " + unreadable.path() + ": " + unreadable.reason()
                            + ". Nothing was saved."));
        } catch (IOException e) {
            return refused(Map.of("file", "The file could not be uploaded: try again"));
        }
        if (definition.key() == null || !KEY.matcher(definition.key()).matches()) {
            return refused(Map.of(
                    "file",
                    "The process in the file needs a key of small letters, digits and dashes, such as"
                            + " 'report-a-problem'. Nothing was saved."));
        }
        definitions.saveDraft(definition, me.username());
        var problems = definitions.validate(definition);
        flash.addFlashAttribute(
                "success",
                "Imported ‘" + ProcessDiagramPage.nameOf(definition) + "’ as its draft"
                        + (problems.isEmpty()
                                ? ": it is ready to publish"
                                : ": fix the problems listed to publish it"));
        // Flash attributes are kept in the session, which must be able to serialise them: plain maps, not records.
        var listed = new java.util.ArrayList<Map<String, String>>();
        for (var problem : problems)
            listed.add(new java.util.HashMap<>(Map.of("path", problem.path(), "message", problem.message())));
        flash.addFlashAttribute("importProblems", listed);
        return new ModelAndView("redirect:/admin/processes/" + definition.key() + "/versions");
    }

    private static DocumentFormat formatOf(String fileName, String text) {
        var name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) return DocumentFormat.JSON;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return DocumentFormat.YAML;
        return text.stripLeading().startsWith("{") ? DocumentFormat.JSON : DocumentFormat.YAML;
    }

    private ModelAndView refused(Map<String, String> errors) {
        var page = importPage(errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView importPage(Map<String, String> errors) {
        return new ModelAndView("definition/import")
                .addObject("section", "processes")
                .addObject("errors", errors);
    }

    @GetMapping("/admin/processes/{key}/draft/export")
    ResponseEntity<String> exportDraft(@PathVariable String key, @RequestParam(defaultValue = "json") String format) {
        var draft = definitions.draft(key).orElseThrow(() -> new NoSuchProcessVersion("No draft of " + key));
        return download(draft, key + "-draft", format);
    }

    @GetMapping("/admin/processes/{key}/versions/{version}/export")
    ResponseEntity<String> exportVersion(
            @PathVariable String key, @PathVariable int version, @RequestParam(defaultValue = "json") String format) {
        var found = definitions
                .version(key, version)
                .orElseThrow(() -> new NoSuchProcessVersion("No version " + version + " of " + key));
        return download(found.definition(), key + "-v" + version, format);
    }

    private ResponseEntity<String> download(ProcessDefinition definition, String name, String format) {
        var yaml = format.equals("yaml") || format.equals("yml");
        var file = name + (yaml ? ".yaml" : ".json");
        return ResponseEntity.ok()
                .contentType(yaml ? MediaType.valueOf("application/yaml") : MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(documents.write(definition, yaml ? DocumentFormat.YAML : DocumentFormat.JSON));
    }

    @GetMapping("/admin/processes/{key}/duplicate")
    ModelAndView duplicateForm(@PathVariable String key) {
        var source = source(key);
        return duplicatePage(key, source, "", "Copy of " + ProcessDiagramPage.nameOf(source), Map.of());
    }

    @PostMapping("/admin/processes/{key}/duplicate")
    ModelAndView duplicate(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String newKey,
            @RequestParam(defaultValue = "") String newName,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes flash) {
        var source = source(key);
        var typedKey = newKey.strip();
        var typedName = newName.strip();
        var errors = new LinkedHashMap<String, String>();
        if (typedKey.isEmpty()) errors.put("newKey", "Enter a key for the new process");
        else if (!KEY.matcher(typedKey).matches())
            errors.put("newKey", "The key must be small letters, digits and dashes, such as 'report-a-problem'");
        else if (definitions.draft(typedKey).isPresent()
                || !definitions.versionNumbers(typedKey).isEmpty())
            errors.put("newKey", "There is already a process with the key " + typedKey);
        if (typedName.isEmpty()) errors.put("newName", "Enter a name for the new process");
        if (!errors.isEmpty()) {
            var page = duplicatePage(key, source, typedKey, typedName, errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        definitions.saveDraft(copy(source, typedKey, typedName), me.username());
        flash.addFlashAttribute(
                "success",
                "‘" + typedName + "’ is a new draft, copied from ‘" + ProcessDiagramPage.nameOf(source) + "’");
        return new ModelAndView("redirect:/admin/processes/" + typedKey + "/versions");
    }

    /** What a duplicate starts from: the draft if there is one, else the latest version. */
    private ProcessDefinition source(String key) {
        var draft = definitions.draft(key);
        if (draft.isPresent()) return draft.get();
        try {
            return definitions.latest(key).definition();
        } catch (ProcessNotFound missing) {
            throw new NoSuchProcessVersion("No process " + key);
        }
    }

    private static ProcessDefinition copy(ProcessDefinition source, String key, String name) {
        return new ProcessDefinition(
                key,
                name,
                source.description(),
                source.category(),
                source.lgslCode(),
                source.department(),
                source.referencePrefix(),
                source.fields(),
                source.stages(),
                source.start(),
                source.steps(),
                source.actions(),
                source.sla(),
                source.retentionDays(),
                source.form(),
                source.mode());
    }

    private ModelAndView duplicatePage(
            String key, ProcessDefinition source, String newKey, String newName, Map<String, String> errors) {
        return new ModelAndView("definition/duplicate")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", ProcessDiagramPage.nameOf(source))
                .addObject("newKey", newKey)
                .addObject("newName", newName)
                .addObject("errors", errors);
    }
}
