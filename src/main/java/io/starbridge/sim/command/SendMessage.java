package io.starbridge.sim.command;

import java.util.Set;

/**
 * A spoken message on a radio channel. Only {@code "suit"} exists: the ship's crew and its away
 * team, over the suit microphones (ship-to-ship hails may come later as another channel). The text
 * is what a person says: 1–200 characters once trimmed, no control characters (no line breaks,
 * escapes or bells reach the other stations' logs).
 */
public record SendMessage(CommandOrigin origin, String channel, String text) implements Command {
    /** The suit channel: the ship's crew and its away team. */
    public static final String SUIT = "suit";
    public static final int MAX_LENGTH = 200;
    private static final Set<Role> ROLES = Set.of(Role.COMMS, Role.CAPTAIN, Role.AWAY_TEAM);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        if (channel == null || channel.isEmpty()) return "channel is required: '" + SUIT + "'";
        if (!channel.equals(SUIT)) return "there is no channel '" + channel + "'; the only one is '" + SUIT + "'";
        if (text == null) return "text is required";
        if (text.codePoints().anyMatch(SendMessage::isControl)) return "text must not contain control characters or line breaks";
        int length = spoken().codePointCount(0, spoken().length());
        if (length == 0) return "text must not be empty";
        if (length > MAX_LENGTH) return "text must be at most " + MAX_LENGTH + " characters, was " + length;
        return null;
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The text as it is heard: without the leading and trailing blanks. */
    public String spoken() { return text.strip(); }
}
