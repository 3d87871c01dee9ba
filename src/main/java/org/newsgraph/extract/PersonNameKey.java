package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key of a person's name: the same for the spellings of one name that news sources use, so
 * that one person gets one IRI across articles. It drops what varies between sources and keeps
 * what tells two people apart:
 * <ul>
 * <li>one middle initial goes ("Donald J. Trump" is "donald-trump"); two or more stay, as one word,
 * since they tell a father from a son ("George H. W. Bush" is "george-hw-bush", not "George W. Bush");
 * generational suffixes stay ("Donald Trump Jr." is not his father);</li>
 * <li>case, diacritics, apostrophes and hyphens go ("Sánchez", "O'Brien", "Kim Jong-un" = "Kim Jong Un"),
 * and so does a possessive at the end ("Abadi's", "Davis'": "abadi", "davis");</li>
 * <li>the Arabic article goes ("Bashar al-Assad", "Haider Al Abadi" = "Bashar Assad", "Haider Abadi");</li>
 * <li>transliteration variants fold: the endings -yy, -iy, -ij, -ii, -yi are -y and -ski is -sky
 * ("Zelenskyy", "Zelenskiy", "Dmitrii", "Zelenski"), kh is k ("Mikhail"), dh between vowels is dd
 * ("Gadhafi"), a q before a, e or o at the start is g ("Qaddafi"), ye at the start is e ("Yevgeny").</li>
 * </ul>
 * Every rule is a spelling convention, not a list of names, and the key stays readable, since it
 * names the IRI ("philip-hammond"). What it does not fold: vowel variants ("Muammar"/"Moammar",
 * "Mohammed"/"Muhammad"), which would also join different names, nor doubled letters
 * ("Assad"/"Asad"), which would make every IRI with one ("hammond") unreadable.
 */
public final class PersonNameKey {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** The Arabic article on a surname: "al-Assad", "el-Sisi". */
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\\p{L}{2})");
    /** "H.", "H.W.": initials. */
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{L}\\.)+$|^\\p{L}$");
    private static final Pattern ENDING_Y = Pattern.compile("(?<=\\p{L}{2})(?:yy|iy|ij|ii|yi)$");
    private static final Pattern DH = Pattern.compile("(?<=[aeiou])dh(?=[aeiou])");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an");
    /** A possessive at the end of a name: "Abadi's", "Abadi’s", "Davis'". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s?$|(?<=s)'$");
    /** A romanised East Asian given name in two syllables ("Jong-un", "Sung-han", "Ing-wen"): the family name comes first. */
    private static final Pattern SYLLABLES = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private PersonNameKey() {
    }

    /** The key of a name: its folded words joined by "-" ("Volodymyr Zelenskyy" → "volodymyr-zelensky"). */
    public static String of(String name) {
        return String.join("-", words(name));
    }

    /** The folded words of a name, without middle initials and the Arabic article, suffixes kept. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        String plain = POSSESSIVE.matcher(ascii(name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')).strip())
                .replaceFirst("");
        List<String> tokens = new ArrayList<>();
        for (String token : plain.split("\\s+")) {
            String t = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < tokens.size(); i++) {
            if (INITIALS.matcher(tokens.get(i)).matches()) {
                initials.append(tokens.get(i).replace(".", ""));
            }
        }
        boolean keepInitials = initials.length() >= 2; // "George H. W. Bush" is not "George W. Bush"
        for (String t : tokens) {
            if (!words.isEmpty() && INITIALS.matcher(t).matches()) {
                if (keepInitials) {
                    words.add(initials.toString());
                    keepInitials = false; // all of them, once, where the first stood
                }
                continue; // a single middle initial: "Donald J. Trump"
            }
            t = ARTICLE.matcher(t).replaceFirst("");
            if (!words.isEmpty() && ARTICLES.contains(t.replaceAll("\\W", ""))) {
                continue; // "Haider Al Abadi", "Ibrahim al- Jaafari"
            }
            for (String part : t.split("-")) {
                String w = part.replace(".", "").replace("'", "");
                if (!w.isEmpty()) {
                    words.add(SUFFIXES.contains(w) ? w : fold(w));
                }
            }
        }
        return words;
    }

    /**
     * The folded family name of a full name, or null for a name of one word: the last word, a
     * generational suffix aside ("Joseph Biden Jr." → "biden"), except in a romanised East Asian
     * name whose given name is written as two hyphenated syllables, where it comes first ("Kim
     * Sung-han" → "kim", "Tsai Ing-wen" → "tsai"). A title with a lone first name ("Col. John") is
     * no evidence for a person whose family name that is not.
     */
    public static String surname(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return null;
        }
        String[] tokens = name.strip().split("\\s+");
        if (tokens.length == 2 && SYLLABLES.matcher(tokens[1]).matches()) {
            return words.get(0);
        }
        List<String> family = withoutSuffix(words);
        return family.get(family.size() - 1);
    }

    /** Folded words of a name ({@link #words}) without a generational suffix at the end. */
    public static List<String> withoutSuffix(List<String> words) {
        String last = words.get(words.size() - 1);
        return words.size() > 2 && SUFFIXES.contains(last) ? words.subList(0, words.size() - 1) : words;
    }

    /** One word's spelling folded to a common form. */
    static String fold(String word) {
        String w = ENDING_Y.matcher(word).replaceFirst("y");
        if (w.endsWith("ski") && w.length() > 4) {
            w = w.substring(0, w.length() - 1) + "y";
        }
        w = DH.matcher(w.replace("kh", "k")).replaceAll("dd");
        if (w.length() > 2 && w.charAt(0) == 'q' && "aeo".indexOf(w.charAt(1)) >= 0) {
            w = "g" + w.substring(1);
        }
        if (w.startsWith("ye") && w.length() > 3) {
            w = w.substring(1);
        }
        return w;
    }

    /**
     * Without diacritics and transliteration marks: "Sánchez" → "Sanchez", "Łukasz" → "Lukasz",
     * "Øystein" → "Oystein", "Ṣanʿāʾ" → "Sana". The place gazetteer's builder folds GeoNames names
     * with it too ("Tikrīt" → "Tikrit").
     */
    public static String ascii(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case '\u02bf', '\u02be', '\u02bc', '\u02bb' -> { } // ʿ ʾ ʼ ʻ: ayn, hamza and glottal marks
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("Ae");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("Oe");
                case 'ı' -> b.append('i');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
