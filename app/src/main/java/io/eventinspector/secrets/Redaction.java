package io.eventinspector.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text before it is printed, logged, stored in history or shown: the user-info part
 * of a URL ({@code https://user:pw@host} becomes {@code https://***@host}) and the value of every parameter
 * whose name says it holds a secret ({@code password=}, {@code token=}, {@code secret=}, {@code api_key=},
 * {@code sig=} …), in URLs and in free text alike. Names and hosts stay readable so the message still says
 * where things went wrong.
 */
public final class Redaction {
    /** What a removed secret is shown as. */
    public static final String MASK = "***";

    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*:)?//[^/\\s\"'<>]+@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)(?<![a-z0-9])([a-z0-9_.-]*(?:password|passwd|pwd|pass|token|secret|key|signature|sig|auth|"
                    + "credential)[a-z0-9_.-]*)=([^&\\s\"'<>]*)");

    private Redaction() {
    }

    /** The text with every URL's user info and every secret-named parameter's value masked. Null stays null. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String withoutUserInfo = replaceUserInfo(text);
        Matcher parameters = SECRET_PARAMETER.matcher(withoutUserInfo);
        StringBuilder out = new StringBuilder(withoutUserInfo.length());
        while (parameters.find()) {
            String value = parameters.group(2);
            String replacement = value.isEmpty() || value.startsWith(MASK) ? parameters.group() : parameters.group(1) + "=" + MASK;
            parameters.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        parameters.appendTail(out);
        return out.toString();
    }

    /** A URL fit to show: the same as {@link #text}, named for what it is given. */
    public static String url(String url) {
        return text(url);
    }

    private static String replaceUserInfo(String text) {
        Matcher userInfo = USER_INFO.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (userInfo.find()) {
            String scheme = userInfo.group(1) == null ? "" : userInfo.group(1);
            userInfo.appendReplacement(out, Matcher.quoteReplacement(scheme + "//" + MASK + "@"));
        }
        userInfo.appendTail(out);
        return out.toString();
    }
}
