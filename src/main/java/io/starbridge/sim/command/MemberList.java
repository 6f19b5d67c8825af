package io.starbridge.sim.command;

/**
 * Away-team member ids written as one string, {@code "1,2,3"}, so commands keep simple field types
 * for the codec. Ids are positive integers; blanks around commas are allowed.
 */
public final class MemberList {
    /** A team has at most this many members. */
    public static final int MAX_MEMBERS = 7;

    private MemberList() {}

    /** @return null if the list is well formed, otherwise the reason */
    public static String check(String ids) {
        if (ids == null || ids.isBlank()) return "memberIds must name at least one member, e.g. \"1,2\"";
        String[] parts = ids.split(",", -1);
        if (parts.length > MAX_MEMBERS) return "memberIds names more than " + MAX_MEMBERS + " members";
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(Character::isDigit) || Integer.parseInt(t) <= 0)
                return "memberIds must be positive whole numbers separated by commas, was '" + ids + "'";
        }
        return null;
    }

    /** The ids in the order written (call {@link #check} first). */
    public static int[] parse(String ids) {
        String[] parts = ids.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Integer.parseInt(parts[i].strip());
        return out;
    }

    /** The ids written as a list string. */
    public static String of(int... ids) {
        StringBuilder b = new StringBuilder();
        for (int id : ids) b.append(b.isEmpty() ? "" : ",").append(id);
        return b.toString();
    }
}
