package org.casework.api.lookups;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.LookupValue;
import org.casework.registry.LookupValueNotFound;
import org.casework.registry.UnknownLookupList;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lookups")
@Tag(
        name = "Lookup lists",
        description = "The lists of values records refer to by code (contact types, demand types, roles …), some"
                + " kept per department")
class LookupListsController {

    private final LookupLists lookups;

    LookupListsController(LookupLists lookups) {
        this.lookups = lookups;
    }

    record ListResponse(String key, String title, String description, boolean perDepartment, boolean hasInverse) {
        static ListResponse from(LookupList list) {
            return new ListResponse(
                    list.key(), list.title(), list.description(), list.perDepartment(), list.hasInverse());
        }
    }

    record ValueRequest(String label, String inverseLabel, String department) {}

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "Every lookup list")
    List<ListResponse> lists() {
        return Arrays.stream(LookupList.values()).map(ListResponse::from).toList();
    }

    @GetMapping("/{list}")
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "A list's values by label: those on offer (for a department, if given), or all of them")
    List<LookupValue> values(
            @PathVariable String list,
            @Parameter(description = "Only the values this department may use (its own and everyone's)")
                    @RequestParam(required = false)
                    String department,
            @Parameter(description = "Include retired values, which old records still have")
                    @RequestParam(defaultValue = "false")
                    boolean includeRetired) {
        var lookupList = list(list);
        return includeRetired ? lookups.values(lookupList) : lookups.offered(lookupList, department);
    }

    @GetMapping("/{list}/{code}")
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "One value, retired or not")
    LookupValue value(@PathVariable String list, @PathVariable String code) {
        var lookupList = list(list);
        return lookups.find(lookupList, code).orElseThrow(() -> new LookupValueNotFound(lookupList, code));
    }

    @PutMapping("/{list}/{code}")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Add the value, or change its label, label from the other side and department")
    ResponseEntity<LookupValue> put(
            @PathVariable String list, @PathVariable String code, @RequestBody ValueRequest request) {
        var lookupList = list(list);
        var existed = lookups.find(lookupList, code).isPresent();
        var saved = lookups.save(
                lookupList,
                new LookupValue(code, request.label(), request.inverseLabel(), request.department(), false));
        return existed
                ? ResponseEntity.ok(saved)
                : ResponseEntity.created(URI.create("/api/v1/lookups/" + list + "/" + code))
                        .body(saved);
    }

    @PostMapping("/{list}/{code}/retire")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Offer the value no more; records that have it keep it")
    LookupValue retire(@PathVariable String list, @PathVariable String code) {
        return lookups.retire(list(list), code);
    }

    @PostMapping("/{list}/{code}/restore")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Offer a retired value again")
    LookupValue restore(@PathVariable String list, @PathVariable String code) {
        return lookups.restore(list(list), code);
    }

    private static LookupList list(String key) {
        return LookupList.byKey(key).orElseThrow(() -> new UnknownLookupList(key));
    }
}
