package se.hjulet.hub.indexing.control;

import se.hjulet.search.index.IndexEntry;

/** What every feature's index entries share: the id of an entry, and how much text of a document the index takes. */
public final class IndexEntries {

    private IndexEntries() {
    }

    public static String idOf(String kind, long id) {
        return IndexEntry.idOf(kind, id);
    }

    /**
     * How much of a document's text goes into the index: about a hundred pages. The database keeps all of
     * it. A 5-million-character text (what a zip-bomb DOCX yields at the reader's write limit) took longer
     * to analyse than a bulk request may take, and was sent again and again; highlighting also stops at
     * a million characters of a field ({@code index.highlight.max_analyzed_offset}).
     */
    public static final int MAX_INDEXED_TEXT = 200_000;

    /** The text cut at {@link #MAX_INDEXED_TEXT}, at a word's end where there is one nearby. */
    public static String indexedText(String text) {
        if (text == null || text.length() <= MAX_INDEXED_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_INDEXED_TEXT);
        if (cut <= MAX_INDEXED_TEXT - 100) {
            cut = Character.isHighSurrogate(text.charAt(MAX_INDEXED_TEXT - 1)) ? MAX_INDEXED_TEXT - 1 : MAX_INDEXED_TEXT;
        }
        return text.substring(0, cut);
    }
}
