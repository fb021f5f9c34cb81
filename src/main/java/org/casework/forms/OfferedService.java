package org.casework.forms;

import org.casework.definition.OnlineForm;
import org.casework.definition.ProcessDefinition;

/** A service citizens can ask for online: the latest published version of a process whose form is offered. */
public record OfferedService(
        String key, String name, String description, String category, ProcessDefinition definition) {

    public OnlineForm form() {
        return definition.form();
    }
}
