package org.casework.registry;

/**
 * One value of a {@link LookupList}: a stable code records keep, the label people read, for a relationship type the
 * label from the other side ({@code parent} / {@code child}), the department it belongs to (null: every department),
 * and whether it is retired — offered no more, but still shown on the records that have it.
 */
public record LookupValue(String code, String label, String inverseLabel, String department, boolean retired) {

    /** The label from the other person's side: the inverse for a relationship, else the label itself. */
    public String labelFromOtherSide() {
        return inverseLabel == null ? label : inverseLabel;
    }
}
