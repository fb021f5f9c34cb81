package org.casework.definition;

import java.util.Locale;

/** The text formats a definition can be imported from and exported to. */
public enum DocumentFormat {
    JSON,
    YAML;

    /**
     * The format a media type names, ignoring parameters such as {@code charset}: {@code application/json}, {@code
     * application/yaml}, {@code application/x-yaml} or {@code text/yaml}, and structured suffixes such as {@code
     * application/vnd.casework+json}. Throws {@link IllegalArgumentException} for any other type.
     */
    public static DocumentFormat fromContentType(String contentType) {
        var mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/json" -> JSON;
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> YAML;
            default -> {
                if (mediaType.startsWith("application/") && mediaType.endsWith("+json")) yield JSON;
                if (mediaType.startsWith("application/") && mediaType.endsWith("+yaml")) yield YAML;
                throw new IllegalArgumentException("Definitions are read from JSON or YAML, not '" + contentType + "'");
            }
        };
    }
}
