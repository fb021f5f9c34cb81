package org.casework.registry.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How names are compared: without accents, case or punctuation (José, JOSE and jose are one), word by word, and by
 * sound through Double Metaphone codes (Smyth and Smith, Steven and Stephen share a code).
 */
public final class NameKeys {

    /** A key of the {@code person_name_keys} table. */
    public record Key(String kind, String key) {}

    public static final String NAME = "name";
    public static final String SOUND = "sound";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    // The P of Thompson, Simpson and Sampson is not said, and Double Metaphone keeps it; without it they sound like
    // Thomson, Simson and Samson.
    private static final Pattern SILENT_P = Pattern.compile("mp(?=[st])");
    private static final int CODE_LENGTH = 6;
    private static final int SHORTEST_SOUNDED = 3;

    private NameKeys() {}

    /** The text without accents, apostrophes or case, words separated by single spaces. */
    public static String plain(String text) {
        if (text == null) return "";
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var unmarked = MARKS.matcher(decomposed).replaceAll("");
        var joined = APOSTROPHES.matcher(unmarked).replaceAll("");
        return NOT_LETTERS.matcher(joined).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The plain words of a name: "Mary-Jane O'Brien" is mary, jane, obrien. */
    public static List<String> words(String text) {
        var plain = plain(text);
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /** The Double Metaphone codes of a plain word (primary and alternate); none for words too short to sound. */
    public static Set<String> sounds(String word) {
        var codes = new LinkedHashSet<String>();
        if (word == null || word.length() < SHORTEST_SOUNDED) return codes;
        var encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(CODE_LENGTH);
        var spoken = SILENT_P.matcher(word).replaceAll("m");
        add(codes, encoder.doubleMetaphone(spoken, false));
        add(codes, encoder.doubleMetaphone(spoken, true));
        return codes;
    }

    /** Every key the register stores for these names: each word by itself and each of its sounds. */
    public static Set<Key> keysOf(List<String> names) {
        var keys = new LinkedHashSet<Key>();
        for (var name : names) {
            for (var word : words(name)) {
                keys.add(new Key(NAME, truncated(word)));
                for (var sound : sounds(word)) keys.add(new Key(SOUND, sound));
            }
        }
        return keys;
    }

    /** Whether two names share a word or the sound of one. */
    public static boolean soundAlike(String one, String other) {
        var ones = new ArrayList<String>();
        for (var word : words(one)) {
            ones.add(NAME + ":" + word);
            sounds(word).forEach(sound -> ones.add(SOUND + ":" + sound));
        }
        for (var word : words(other)) {
            if (ones.contains(NAME + ":" + word)) return true;
            for (var sound : sounds(word)) if (ones.contains(SOUND + ":" + sound)) return true;
        }
        return false;
    }

    static String truncated(String word) {
        return word.length() > 100 ? word.substring(0, 100) : word;
    }

    private static void add(Set<String> codes, String code) {
        if (code != null && !code.isEmpty()) codes.add(code);
    }
}
