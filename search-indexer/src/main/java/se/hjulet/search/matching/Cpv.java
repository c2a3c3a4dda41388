package se.hjulet.search.matching;

import java.util.List;

/**
 * The branches of the EU's Common Procurement Vocabulary, read from the digits of a code: the first two are its
 * division, three its group, four its class, five its category. A code is at group level or below exactly when its
 * third digit is not 0 (48000000 is a division, 48100000 a group, 48110000 a class), so "480" is no group.
 */
final class Cpv {

    private Cpv() {
    }

    /** How many leading digits two codes share as a branch: 8 (same code), 4 (class), 3 (group), 2 (division) or 0. */
    static int sharedDigits(String a, String b) {
        if (a == null || b == null || a.length() != 8 || b.length() != 8) {
            return 0;
        }
        if (a.equals(b)) {
            return 8;
        }
        if (!a.regionMatches(0, b, 0, 2)) {
            return 0;
        }
        if (a.charAt(2) == '0' || a.charAt(2) != b.charAt(2)) {
            return 2;
        }
        if (a.charAt(3) == '0' || a.charAt(3) != b.charAt(3)) {
            return 3;
        }
        return 4;
    }

    /** The closest branch any code of the source shares with any code of the other item, or null. */
    static Reason closest(List<String> source, List<String> other) {
        int best = 0;
        String shared = null;
        for (String a : source) {
            for (String b : other) {
                int digits = sharedDigits(a, b);
                if (digits > best) {
                    best = digits;
                    shared = a.substring(0, digits) + "0".repeat(8 - digits);
                }
            }
        }
        if (best == 0) {
            return null;
        }
        return switch (best) {
            case 8 -> new Reason(Reason.Kind.CPV, List.of(shared), "code", MatchingWeights.CPV_CODE);
            case 4 -> new Reason(Reason.Kind.CPV, List.of(shared), "class", MatchingWeights.CPV_CLASS);
            case 3 -> new Reason(Reason.Kind.CPV, List.of(shared), "group", MatchingWeights.CPV_GROUP);
            default -> new Reason(Reason.Kind.CPV, List.of(shared), "division", MatchingWeights.CPV_DIVISION);
        };
    }
}
