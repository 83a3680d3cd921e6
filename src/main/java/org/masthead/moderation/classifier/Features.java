package org.masthead.moderation.classifier;

/**
 * Turns folded text into hashed feature buckets: character n-grams of 3 to 5 over the whole text (so they reach
 * across words and survive misspellings and half-masked words), word unigrams and bigrams, and the {@link WordClasses}
 * of the words: each class found, and each pair of classes within {@value #CLASS_WINDOW} words ("wish" then
 * "violence", "group" then "dehumanise"). Each occurrence counts {@code 1/sqrt(count)}, so a long comment weighs no
 * more than a short one. Hashing needs no vocabulary: the model has weights per bucket, and an unseen word simply
 * lands in a bucket with little or no weight.
 */
final class Features {
    private static final int FNV_BASIS = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD = 0x5BD1E995;
    private static final int PAIR = 0x1B873593;
    /** Set apart the features of quoted words, so a threat quoted to condemn it is not the threat itself. */
    private static final int QUOTED = 0x2F0B3C5D;
    private static final int CLASS = 0x3C6EF372;
    private static final int CLASS_PAIR = 0x165667B1;
    static final int CLASS_WINDOW = 4;
    static final int SHORT = 60;

    private Features() {}

    /**
     * The buckets of every feature of a comment, repeats included: those of its own words, and apart from them those
     * of the words it quotes ({@link Quotes}). "Writing that a politician "should be shot" is a crime" then shares
     * little with "the politician should be shot": the model learns what quoted words mean from the examples, so a
     * quotation is neither ignored nor taken at its word.
     */
    static int[] of(String text, int bits) {
        Quotes q = Quotes.split(text);
        int[] own = buckets(TextFolding.fold(q.own()), bits, 0);
        if (q.quoted().isEmpty()) return own;
        int[] quoted = buckets(TextFolding.fold(q.quoted()), bits, QUOTED);
        int[] all = java.util.Arrays.copyOf(own, own.length + quoted.length);
        System.arraycopy(quoted, 0, all, own.length, quoted.length);
        return all;
    }

    private static int[] buckets(String folded, int bits, int salt) {
        int[] text = textBuckets(folded, bits, salt);
        int[] classes = classBuckets(folded, bits, salt);
        if (classes.length == 0) return text;
        int[] all = java.util.Arrays.copyOf(text, text.length + classes.length);
        System.arraycopy(classes, 0, all, text.length, classes.length);
        return all;
    }

    /** The classes of the words, and the ordered pairs of classes at most {@value #CLASS_WINDOW} words apart. */
    private static int[] classBuckets(String folded, int bits, int salt) {
        if (folded.isEmpty()) return new int[0];
        WordClasses lexicon = WordClasses.bundled();
        String[] words = folded.split(" ");
        int[] classes = new int[words.length];
        int found = 0;
        for (int i = 0; i < words.length; i++) {
            classes[i] = lexicon.of(words[i]);
            if (classes[i] != WordClasses.NONE) found++;
        }
        if (found == 0) return new int[0];
        int mask = (1 << bits) - 1;
        int[] out = new int[found * (1 + CLASS_WINDOW)];
        int k = 0;
        for (int i = 0; i < words.length; i++) {
            if (classes[i] == WordClasses.NONE) continue;
            int h = CLASS + classes[i] * 0x9E3779B9 ^ salt;
            out[k++] = mix(h) & mask;
            for (int j = i + 1; j <= i + CLASS_WINDOW && j < words.length; j++) {
                if (classes[j] != WordClasses.NONE) out[k++] = mix(h * 41 + classes[j] * 0x27D4EB2D ^ CLASS_PAIR) & mask;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int[] textBuckets(String folded, int bits, int salt) {
        int mask = (1 << bits) - 1;
        int length = folded.length() + 2; // a space before and after, so n-grams see where words begin and end
        int[] out = new int[charGrams(length) + wordGrams(folded)];
        int k = 0;
        for (int start = 0; start + 3 <= length; start++) {
            int h = FNV_BASIS;
            for (int n = 1; n <= 5 && start + n <= length; n++) {
                h = (h ^ padded(folded, start + n - 1)) * FNV_PRIME;
                if (n >= 3) out[k++] = mix(h + n ^ salt) & mask;
            }
        }
        int previous = 0;
        boolean first = true;
        int i = 0;
        while (i < folded.length()) {
            int h = FNV_BASIS;
            int end = i;
            while (end < folded.length() && folded.charAt(end) != ' ') h = (h ^ folded.charAt(end++)) * FNV_PRIME;
            out[k++] = mix(h ^ WORD ^ salt) & mask;
            if (!first) out[k++] = mix(previous * 31 + h ^ PAIR ^ salt) & mask;
            previous = h;
            first = false;
            i = end + 1;
        }
        return out;
    }

    /**
     * What each feature occurrence of a comment with {@code count} features is worth: {@code 1/sqrt(count)}, so a
     * long comment weighs no more than a short one, but never more than for a comment of {@value #SHORT} features
     * (about eighteen characters): a comment of a word or two is weak evidence, and must not be judged by its few
     * n-grams alone. Measured: at 30 (about eight characters) the model held one short ordinary comment in twenty at
     * thresholds that let through four more threats and spam in a hundred than at 60.
     */
    static double value(int count) {
        return 1 / Math.sqrt(Math.max(count, SHORT));
    }

    private static char padded(String folded, int i) {
        return i == 0 || i > folded.length() ? ' ' : folded.charAt(i - 1);
    }

    private static int charGrams(int length) {
        int count = 0;
        for (int n = 3; n <= 5; n++) count += Math.max(0, length - n + 1);
        return count;
    }

    private static int wordGrams(String folded) {
        if (folded.isEmpty()) return 0;
        int words = 1;
        for (int i = 0; i < folded.length(); i++) if (folded.charAt(i) == ' ') words++;
        return 2 * words - 1;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits over the whole word before masking. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
