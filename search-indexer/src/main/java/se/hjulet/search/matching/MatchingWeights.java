package se.hjulet.search.matching;

/**
 * Every weight and threshold of matching, in one place (the architecture notes explain them). An item's
 * similarity to a source is a sum of features, each between 0 and 1, times its weight:
 * <ul>
 * <li><b>text</b>: the share of the source's significant words (Swedish stems, weighted by tf-idf) that the
 *     other item has; a word in its title, lead, conclusions or tags counts fully, one only in its body counts
 *     {@link #BODY_ONLY};</li>
 * <li><b>parts</b>: the same for compound parts ("skolskjutsplanering" meets "planering av skolskjutsar");</li>
 * <li><b>documents</b>: an attached document of the other item has several of the significant words;</li>
 * <li><b>policy areas</b> and <b>tags</b>: the share of the source's that the other item has too;</li>
 * <li><b>CPV</b>: the closest branch two codes share: same code, class, group or division;</li>
 * <li><b>county</b>, <b>federation</b>, <b>period</b> (a year in common) and, for needs, <b>window</b>
 *     (procurement windows that overlap).</li>
 * </ul>
 * Text dominates on purpose: structure alone (same county, same year) never makes two items alike, so an item
 * must reach {@link #MIN_TEXT} of text, or share a CPV class, to be similar at all.
 */
public final class MatchingWeights {

    private MatchingWeights() {
    }

    // --- the source's significant words ---------------------------------------------------------------
    /** How many of the source's words are compared (the most significant by tf-idf). */
    public static final int TERMS = 20;
    /** How many compound parts beside them. */
    public static final int PART_TERMS = 8;
    /** Shorter parts are more often chance than a word ("kol" in "skolor", "sten" in "hemtjänsten"). */
    public static final int MIN_PART_LENGTH = 5;
    /** Words in more than this share of all items say nothing (kommun, digital …) once there are enough items. */
    public static final double MAX_DOC_SHARE = 0.25;
    /** … counted from this many items on; in a small index every word is rare. */
    public static final int MIN_ITEMS_FOR_DOC_SHARE = 40;
    /** How a field of the source weighs its words: title and lead say what the item is about. */
    public static final double TITLE = 3.0;
    public static final double LEAD = 2.0;
    public static final double CONCLUSIONS = 1.5;
    public static final double TAGS = 2.0;
    public static final double BODY = 1.0;

    // --- features ------------------------------------------------------------------------------------
    public static final double TEXT = 10.0;
    /**
     * The text feature looks both ways: the share of the source's significant words the other item has, and the
     * share of the other item's significant words the source has, as a weighted geometric mean with this weight on
     * the second. Two texts about the same thing cover each other; a long text that mentions everything covers the
     * source without being about it.
     */
    public static final double REVERSE = 0.5;
    /** A word only in the other item's body counts this much of one in its title, lead, conclusions or tags. */
    public static final double BODY_ONLY = 0.6;
    public static final double PARTS = 1.0;
    public static final double DOCUMENTS = 1.0;
    public static final double POLICY_AREAS = 2.0;
    public static final double TAG_FEATURE = 1.5;
    /** The closest CPV branch two items share, cumulative: division, group, class, same code. */
    public static final double CPV_DIVISION = 0.5;
    public static final double CPV_GROUP = 1.5;
    public static final double CPV_CLASS = 2.5;
    public static final double CPV_CODE = 3.0;
    public static final double COUNTY = 0.5;
    public static final double FEDERATION = 0.5;
    public static final double PERIOD = 0.2;
    public static final double WINDOW = 0.5;

    // --- what counts as similar -------------------------------------------------------------------------
    /** Below this share of the source's text an item is similar only through a CPV class or closer. */
    public static final double MIN_TEXT = 0.08;
    /** Candidates fetched per similar-items request, before the final order is computed. */
    public static final int CANDIDATES = 60;

    // --- the look-alike warning ---------------------------------------------------------------------------
    /** A draft is warned about an item only when the item has this share of the draft's significant words … */
    public static final double LOOK_ALIKE_TEXT = 0.35;
    /** … and this score in all … */
    public static final double LOOK_ALIKE_SCORE = 4.5;
    /** … through at least this many significant words: one rare word in common is no look-alike. */
    public static final int LOOK_ALIKE_WORDS = 3;
    /** At most this many look-alikes are named. */
    public static final int LOOK_ALIKES = 5;

    // --- co-procurement partners -------------------------------------------------------------------------
    /** Candidate items fetched for a need's partners, before they are grouped by organisation. */
    public static final int PARTNER_CANDIDATES = 150;
    /** How an item counts as evidence for its owner, by what it is: an open need to buy together now … */
    public static final double OPEN_NEED = 1.5;
    /** … a need that is closed or not open to others (they have bought the same) … */
    public static final double OTHER_NEED = 0.8;
    /** … a project or learning example on the same subject (experience). */
    public static final double EXPERIENCE = 1.0;
    /** The second item of an organisation counts this share, the third this share of that, and so on. */
    public static final double NEXT_ITEM = 0.5;
    /** Organisation-level reasons added to the sum of its items. */
    public static final double SAME_COUNTY = 1.0;
    public static final double SAME_FEDERATION = 1.5;
    /** Similar size: {@code SIMILAR_SIZE × smaller/larger population}, for two municipalities. */
    public static final double SIMILAR_SIZE = 1.5;
    /** Sizes within this ratio are named as a reason ("both about 10,000 inhabitants"). */
    public static final double SIZE_REASON_RATIO = 0.5;
    /** An item is evidence for its owner only from this score on. */
    public static final double MIN_EVIDENCE = 2.0;
}
