package org.masthead.articles.desk;

/** Counts words as a reader would: runs of letters or digits, Markdown marks and punctuation aside. */
final class Words {
    private Words() {}

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'));
            if (wordChar && !inWord) words++;
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return words;
    }
}
