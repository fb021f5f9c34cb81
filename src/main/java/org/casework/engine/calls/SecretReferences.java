package org.casework.engine.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.ActionCheck;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.RequestTemplate;
import org.casework.definition.Step;
import org.casework.definition.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * Refuses at publishing an API step that sends a secret nobody has stored, so the mistake is found by whoever
 * publishes rather than by the first case to reach the step. A secret removed later makes the call fail into an
 * incident, naming the secret.
 */
@Component
class SecretReferences implements ActionCheck {

    private final SecretRows secrets;

    SecretReferences(SecretRows secrets) {
        this.secrets = secrets;
    }

    @Override
    public List<ValidationProblem> check(ProcessDefinition definition) {
        var problems = new ArrayList<ValidationProblem>();
        var steps = definition.steps();
        var stored = steps.stream().anyMatch(Step.Api.class::isInstance) ? secrets.names() : java.util.Set.<String>of();
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i) instanceof Step.Api api) || api.request() == null) continue;
            var path = "$.steps[" + i + "].request";
            var parts = new java.util.LinkedHashMap<String, String>();
            parts.put(path + ".url", api.request().url());
            api.request().headers().forEach((name, value) -> parts.put(path + ".headers['" + name + "']", value));
            parts.put(path + ".body", api.request().body());
            for (Map.Entry<String, String> part : parts.entrySet()) {
                for (var placeholder : RequestTemplate.placeholders(part.getValue())) {
                    var secret = RequestTemplate.secretName(placeholder);
                    if (secret != null && !stored.contains(secret)) {
                        problems.add(new ValidationProblem(
                                part.getKey(),
                                "API step '" + api.key() + "' sends secret '" + secret
                                        + "', which is not stored: an administrator sets it under API secrets"));
                    }
                }
            }
        }
        return problems;
    }
}
