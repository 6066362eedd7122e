package io.eventinspector.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Words for demo data: names, message bodies (English and German with umlauts, other scripts and emoji, and
 * words support engineers search for such as "refund"), and WhatsApp-shaped ids. All picks come from the
 * caller's seeded random source, so the same seed gives the same words.
 */
final class DemoVocabulary {
    static final List<String> SESSION_NAMES = List.of(
            "support-de", "sales", "billing", "shop-berlin", "logistics", "marketing", "support-en", "returns");

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Jürgen", "Zoë", "Mehmet", "Łukasz", "Søren", "Chloé", "Ömer", "Björn", "Sophie", "Lena",
            "Ahmed", "Müge", "Noah", "Élodie", "José", "Ayşe", "Mia", "Finn", "Katarzyna", "Hannah", "Jonas");
    private static final List<String> LAST_NAMES = List.of(
            "Müller", "Weiß", "Schröder", "Yılmaz", "Nowak", "Jensen", "Dubois", "García", "Öztürk", "Becker",
            "Hoffmann", "Kowalski", "Fischer", "Schäfer", "Bauer", "Neumann", "Krüger");
    private static final List<String> GROUP_SUBJECTS = List.of(
            "Team Kundenservice", "Lieferungen Nord", "Beta-Tester 🚀", "Filiale München", "VIP customers",
            "Retouren & Erstattungen", "Night shift", "Händler-Netzwerk");
    private static final List<String> FRAGMENTS = List.of(
            "Hallo, wo bleibt meine Bestellung #%d?",
            "Ich möchte bitte eine Rückerstattung (refund) für Bestellung #%d.",
            "Hi, can I get a refund for order #%d?",
            "Danke für die schnelle Antwort! 🙏",
            "Die Lieferung ist heute angekommen, aber die Größe passt nicht.",
            "Wann öffnet die Filiale in München?",
            "Your order #%d has been shipped and will arrive on Thursday.",
            "Ihre Rückerstattung für #%d wurde veranlasst, das Geld ist in 3–5 Werktagen da.",
            "Payment failed, please try again 😕",
            "Können Sie mich zurückrufen? Meine Nummer endet auf %d.",
            "Grüße aus Köln 🌧️",
            "Bitte Straße, Hausnummer und PLZ noch einmal prüfen.",
            "OK 👍",
            "Ticket #%d: we're looking into it.",
            "Der Bestätigungscode lautet %d. Bitte nicht weitergeben.",
            "¿Hablan español? Necesito ayuda con mi pedido %d.",
            "Merci beaucoup, c'est parfait !",
            "Is the refund already processed? It's been five days.",
            "Termin bestätigt ✅ Wir sehen uns um 14:30 Uhr.",
            "Das Paket wurde beschädigt zugestellt, Fotos anbei.",
            "Can you send the invoice as PDF?",
            "Спасибо, всё получил.",
            "Gutschein %d funktioniert leider nicht.",
            "Where can I track my delivery?",
            "Ich bin gerade unterwegs, melde mich später.",
            "Rechnung bezahlt 💶 Bitte um kurze Bestätigung.");
    /** The clients a gateway reports for a contact; phones are more common than the web. */
    private static final List<String> DEVICES = List.of("android", "ios", "web", "android", "ios");
    private static final List<String> EMOJI = List.of("👍", "❤️", "😂", "😮", "😢", "🙏", "✅", "🎉");
    private static final String HEX = "0123456789ABCDEF";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private DemoVocabulary() {
    }

    static String personName(RandomGenerator random) {
        return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
    }

    static String groupSubject(RandomGenerator random) {
        return pick(random, GROUP_SUBJECTS);
    }

    static String device(RandomGenerator random) {
        return pick(random, DEVICES);
    }

    static String emoji(RandomGenerator random) {
        return pick(random, EMOJI);
    }

    /** One to three sentences of a chat message. */
    static String body(RandomGenerator random) {
        int sentences = 1 + random.nextInt(3);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                body.append(' ');
            }
            String fragment = pick(random, FRAGMENTS);
            body.append(fragment.contains("%d") ? String.format(fragment, 10_000 + random.nextInt(90_000)) : fragment);
        }
        return body.toString();
    }

    /** A German or Dutch mobile number in international form without {@code +}, e.g. 4915112345678. */
    static String phoneNumber(RandomGenerator random) {
        String prefix = random.nextInt(5) == 0 ? "316" : pick(random, List.of("49151", "49160", "49170", "49176"));
        return prefix + digits(random, 8);
    }

    /** A message id as WhatsApp clients make them: web clients {@code 3EB0…}, phones 32 hex digits or {@code 3A…}. */
    static String messageId(RandomGenerator random, boolean fromWeb) {
        if (fromWeb) {
            return "3EB0" + hex(random, 18);
        }
        return random.nextBoolean() ? hex(random, 32) : "3A" + hex(random, 18);
    }

    static String digits(RandomGenerator random, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    static String hex(RandomGenerator random, int count) {
        return chars(random, HEX, count);
    }

    /** Base64 text of the length a 32-byte hash has (44 characters with padding). */
    static String hash(RandomGenerator random) {
        return chars(random, BASE64, 43) + "=";
    }

    static String base64(RandomGenerator random, int count) {
        return chars(random, BASE64, count);
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String chars(RandomGenerator random, String alphabet, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
