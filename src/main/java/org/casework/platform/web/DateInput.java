package org.casework.platform.web;

/** GOV.UK's date input: three boxes (day, month, year) posted apart and answered as one date. */
public final class DateInput {

    private DateInput() {}

    /**
     * The three boxes as yyyy-MM-dd; null when all are empty; left as typed (day/month/year) when they do not make
     * numbers, so that the field's validation refuses it with a message and the page can show it again as typed.
     */
    public static String answer(String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) return null;
        try {
            return "%04d-%02d-%02d"
                    .formatted(
                            Integer.parseInt(year.strip()),
                            Integer.parseInt(month.strip()),
                            Integer.parseInt(day.strip()));
        } catch (RuntimeException notNumbers) {
            return String.join("/", strip(day), strip(month), strip(year));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
