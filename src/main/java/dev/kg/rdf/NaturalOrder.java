package dev.kg.rdf;

/** String order in which runs of ASCII digits compare as numbers: {@code s2 < s10}, {@code char=9,12 < char=10,11}. */
final class NaturalOrder {
    private NaturalOrder() {}

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (digit(x) && digit(y)) {
                int ei = digits(a, i);
                int ej = digits(b, j);
                String na = stripZeros(a.substring(i, ei));
                String nb = stripZeros(b.substring(j, ej));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);   // e.g. "01" and "1": still a total order
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int from) {
        int end = from;
        while (end < s.length() && digit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
