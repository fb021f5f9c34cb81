package org.casework.notification;

/**
 * How long a text message is as the phone network counts it: in the GSM alphabet one character each (the few
 * extension characters such as {@code €} and {@code [} two), 160 to a message or 153 to each part of a longer one;
 * any other character makes the whole message Unicode, 70 to a message or 67 to a part. GOV.UK Notify sends at most
 * {@value #LIMIT} characters, six parts.
 */
final class SmsLength {

    static final int LIMIT = 918;

    private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsLength() {}

    static int characters(String text) {
        if (text == null) return 0;
        if (!isGsm(text)) return text.codePointCount(0, text.length());
        var count = 0;
        for (int i = 0; i < text.length(); i++) count += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        return count;
    }

    static int fragments(String text) {
        var characters = characters(text);
        if (characters == 0) return 0;
        var gsm = isGsm(text);
        var single = gsm ? 160 : 70;
        var part = gsm ? 153 : 67;
        return characters <= single ? 1 : (characters + part - 1) / part;
    }

    private static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (GSM.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) return false;
        }
        return true;
    }
}
