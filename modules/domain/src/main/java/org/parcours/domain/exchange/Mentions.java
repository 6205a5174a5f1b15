package org.parcours.domain.exchange;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usernames a message mentions as {@code @username}. An address such as {@code anne@redon.fr}
 * is not a mention: the {@code @} must start a word. Who is really notified is decided by the use
 * case (only people who may read the thread).
 */
public final class Mentions {

    /** At most this many people are mentioned by one message (the rest is ignored). */
    public static final int MAX = 10;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([a-z0-9][a-z0-9._-]{0,62}[a-z0-9]|[a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    public static Set<String> in(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        if (text == null) {
            return usernames;
        }
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && usernames.size() < MAX) {
            usernames.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return usernames;
    }
}
