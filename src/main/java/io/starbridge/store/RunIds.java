package io.starbridge.store;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Run ids as clients see them: {@code r} and the row number ({@code r12}). The store makes them; a
 * client only sends them back, so anything else is refused before it reaches SQL or a file name.
 */
public final class RunIds {
    /** r, then 1 to 18 digits without a leading zero: always fits a long. */
    private static final Pattern ID = Pattern.compile("r[1-9][0-9]{0,17}");

    private RunIds() {}

    static String format(long row) { return "r" + row; }

    /** The row number of a well-formed id, or empty for anything else (null included). */
    public static OptionalLong parse(String id) {
        if (id == null || !ID.matcher(id).matches()) return OptionalLong.empty();
        return OptionalLong.of(Long.parseLong(id.substring(1)));
    }
}
