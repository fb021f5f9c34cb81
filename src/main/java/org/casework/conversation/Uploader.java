package org.casework.conversation;

import java.util.Objects;

/**
 * Who put a document (or a message, or a reply) on a case. {@code kind} is {@code staff} (id: the username),
 * {@code citizen} (id: the citizen's account id, or {@code anonymous:<draft or session id>} for someone without an
 * account) or {@code system}; {@code name} is what people are shown.
 */
public record Uploader(String kind, String id, String name) {

    public static final String STAFF = "staff";
    public static final String CITIZEN = "citizen";
    public static final String SYSTEM = "system";

    public Uploader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (!kind.equals(STAFF) && !kind.equals(CITIZEN) && !kind.equals(SYSTEM)) {
            throw new IllegalArgumentException("An uploader is staff, citizen or system, not " + kind);
        }
        if (id.isBlank() || id.length() > 200)
            throw new IllegalArgumentException("An uploader's id is 1 to 200 characters");
        if (name == null || name.isBlank()) name = kind.equals(CITIZEN) ? "Citizen" : id;
    }

    public static Uploader staff(String username, String displayName) {
        return new Uploader(STAFF, username, displayName);
    }

    public static Uploader citizen(String id, String name) {
        return new Uploader(CITIZEN, id, name);
    }

    public static final Uploader SYSTEM_UPLOADER = new Uploader(SYSTEM, SYSTEM, "Casework");

    /**
     * Whether this is the same person as another uploader: same kind and id (the name shown may have changed since).
     */
    public boolean sameAs(Uploader other) {
        return other != null && kind.equals(other.kind) && id.equals(other.id);
    }

    /**
     * The actor the case's timeline records: a member of staff by username (the staff pages show their name), a
     * citizen as {@code citizen} (the timeline is read by staff; citizens' names are on the case), the system as
     * {@code system}.
     */
    public String actor() {
        return kind.equals(STAFF) ? id : kind;
    }
}
