package org.casework.registry;

import java.util.List;

/**
 * A gazetteer file layout an import can read: its name, what it is, whether it gives addresses or coordinates only,
 * whether places absent from a file in it are retired, and the header names of its columns.
 */
public record GazetteerLayout(
        String name, String description, boolean coordinatesOnly, boolean retiresAbsent, List<String> columns) {}
