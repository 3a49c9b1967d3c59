/**
 * Every threshold of the pipeline, in one place. Values are in words unless named otherwise.
 */

/** Input size. */
export const PAGE = {
  /**
   * Longest text cleaned as one page, in characters (UTF-16 code units); a longer input is
   * cleaned in windows of at most this size (see windows() in src/page/windows.ts). Web pages
   * run to a few hundred thousand characters at most; the benchmark's longest has 117,000.
   */
  MAX_CHARS: 1_000_000,
};

/** Feature extraction. */
export const FEATURES = {
  /** Characters per word assumed for scripts written without spaces (Chinese, Japanese, Thai). */
  CHARS_PER_WORD_UNSPACED: 2,
  /** A block with this many excerpts cut off inside it ("... may soon... Indian-origin man ...") is a ticker of teasers run together: furniture. */
  TICKER_MIN_TRUNCATIONS: 3,
  /** ...each of at least this many words on average (prose that trails off... and goes on is shorter). */
  TICKER_EXCERPT_WORDS: 15,
};

/**
 * Cut-offs of the block classifier's features (blocks/local-features.ts, context-features.ts):
 * the weights were trained with them, so changing one means retraining. The word cut-offs are
 * part of their features' names, so the check of the weights' names (model/index.ts) fails
 * until then.
 */
export const BLOCK_FEATURES = {
  /** A block of at least this many words has some words ('words >= 10')... */
  SOME_WORDS: 10,
  /** ...and of this many, many ('words >= 30'). */
  MANY_WORDS: 30,
  /** Distance from the main run, as log1p of a block count, given to every block of a page without one. */
  NO_RUN_DISTANCE: 10,
};

/** Block scoring (see classify.ts and model.ts). */
export const SCORE = {
  /** Probability from the block classifier at which a block is kept as article text. */
  BODY_PROBABILITY: 0.55,
  /** A subheading candidate needs at least this probability. */
  HEADING_PROBABILITY: 0.1,
  /** A block between two article blocks is kept from this probability on. */
  BRIDGE_PROBABILITY: 0.1,
  /** A block of at least this many words with sentence punctuation is prose. */
  PROSE_MIN_WORDS: 10,
  /** Stopword density above which a block reads as running text (jusText uses 0.30 with its own lists). */
  STOPWORD_GOOD: 0.3,
  /** Stopword density below which a short block reads as a label, name or menu item. */
  STOPWORD_LOW: 0.15,
  /** Share of first/second-person words above which prose addresses the reader (appeals, widgets). */
  PERSONAL_HIGH: 0.08,
  /** Words of a block counted at most in its weight, so one huge block does not swamp the rest. */
  MAX_WEIGHT_WORDS: 120,
  /** Penalty of a line that is only a piece of furniture ("Share", "Menu"), in word units. */
  FURNITURE_PENALTY: 6,
  /** Penalty of a line that opens the page tail ("Related", "A message from ..."). */
  END_MARKER_PENALTY: 60,
};

/**
 * Log-odds of a probability p are taken of p clamped to [CLAMP, 1 - CLAMP], so that 0 and 1
 * give finite numbers (see logit in blocks/model.ts).
 */
export const LOGIT = {
  /** For the 'local logit' feature of the block classifier (its weights were trained with it). */
  FEATURE_CLAMP: 1e-4,
  /** For a block's score, the log-odds that --explain and the JSON report. */
  SCORE_CLAMP: 1e-6,
};

/** Context decisions (see classify.ts). */
export const CONTEXT = {
  /** A subheading follows article text within this many blocks. */
  HEADING_LOOKBACK: 3,
  /** Longest run of weaker blocks kept between two article blocks. */
  BRIDGE_MAX_BLOCKS: 8,
  /** Short heading-shaped lines in a row from this many on are list items, not headings. */
  LIST_MIN_ITEMS: 2,
  /** A heading is at most this many words. */
  HEADING_MAX_WORDS: 16,
  /** The main run must hold at least this many words of prose to be taken as the article. */
  MIN_ARTICLE_WORDS: 15,
  /** After a page-tail marker, the article resumes if the next blocks... */
  TAIL_LOOKAHEAD: 6,
  /** ...hold at least this many words of likely prose. */
  TAIL_RESUME_WORDS: 60,
  /** Blocks on each side that make up a block's neighbourhood. */
  NEIGHBOURHOOD: 5,
  /** Prose outside the main run is kept when it has at least this many words and scores well. */
  OUTSIDE_MIN_WORDS: 40,
  /** A kept block with at least this many runs of three content words, this share of them in article blocks kept before it, is dropped (see repeats.ts). */
  REPEAT_MIN_RUNS: 3,
  REPEAT_SHARE: 0.8,
  /** A line led by a quantity ("125 g Mehl") has at most this many words... */
  QUANTITY_MAX_WORDS: 12,
  /** ...and this many of them in a row make a list (see quantity-lists.ts)... */
  QUANTITY_MIN_ITEMS: 3,
  /** A quantity under its item's name ("3 sztuki") has at most this many words. */
  QUANTITY_AMOUNT_WORDS: 3,
  /** ...when it starts at most this many blocks before the article's first block. */
  QUANTITY_LOOKBACK: 40,
  /** A line led by a date ("June 9 -- Arena, Tampa, FL"), a schedule's item, has at most this many words. */
  SCHEDULE_MAX_WORDS: 16,
  /** This many excerpts cut off with "..." in a row are a list of teasers (see teasers.ts)... */
  TEASER_RUN_MIN: 3,
  /** ...each of at least this many words. */
  TEASER_MIN_WORDS: 8,
  /** A copyright line ends the page once this many words of article text came before it... */
  FOOTER_AFTER_WORDS: 100,
  /** ...and when it has at most this many words. */
  FOOTER_MAX_WORDS: 30,
};

/**
 * A page on which no block reached SCORE.BODY_PROBABILITY (see classify.ts): its article is
 * taken to be the blocks close to its best block, so that a page that carries one never gives
 * an empty result.
 */
export const FALLBACK = {
  /** The best block must reach this probability, or the page has no article. */
  MIN_PROBABILITY: 0.2,
  /** Blocks within this many log-odds of the best block are kept... */
  MARGIN: 2,
  /** ...when they have at least this many words. */
  MIN_WORDS: 3,
  /** A page's fallback article needs one sentence of at least this many words: a headline and a byline are no article. */
  MIN_SENTENCE_WORDS: 6,
  /** Lines of at most this many words that start with a byline word ("By Jane Doe") are never its article. */
  BYLINE_MAX_WORDS: 6,
};

/** Metadata search windows, in blocks. */
export const METADATA = {
  /** How far before the first body block the headline is looked for. */
  TITLE_WINDOW: 250,
  /** How far from a headline candidate lines are searched for it ("Share: Headline", "12 thoughts on Headline"). */
  TITLE_ECHO_BLOCKS: 600,
  /** The page's first lines, where a headline is often given again (see title.ts). */
  TITLE_TOP_LINES: 12,
  /** How far into the body the headline is looked for (it may have been taken for prose). */
  TITLE_AFTER: 2,
  /**
   * A line that ends with a full stop is a headline candidate up to this many words: some
   * headlines are a sentence or two ("Ravenous goats ruled this island. Now it is reborn.");
   * a longer one is a standfirst or the body's. (CV title, chromium: 10 words 0.782, 13 0.787,
   * 14 0.791, 16 0.791, 20 0.784.)
   */
  TITLE_SENTENCE_MAX_WORDS: 14,
  /** A headline-shaped line of at least this many words over a sentence is its headline, and the sentence its standfirst. */
  HEADLINE_MIN_WORDS: 4,
  /** Body paragraphs that make up the lead, whose words a headline shares. */
  LEAD_BLOCKS: 2,
  /** Body paragraphs whose words stand for the article's vocabulary (a headline's words are the article's; a teaser's are not). */
  ARTICLE_BLOCKS: 60,
  /** Lines each side of a headline candidate where other candidates make a crowd (a list of teasers or a menu). */
  TITLE_CROWD_LINES: 5,
  /** Lowest probability of the best headline candidate (see title.ts). */
  TITLE_MIN_PROBABILITY: 0.01,
  /** A line with this many " | " is a menu row, never the headline ("Headline | Section | Site" has two). */
  MENU_ROW_BARS: 3,
  /** How far after the headline an image credit, byline or date is looked for. */
  HEADER_WINDOW: 8,
  /** Lines right above the headline searched for its date when none stands below it ("Posted on May 3, 2019"). */
  DATE_ABOVE_TITLE: 2,
  /** Lines right after the article searched for its byline or a "published" date when the header gave none. */
  FOOTER_WINDOW: 4,
  /** Longest line, in words, read for a date or a byline around the article. */
  DATE_LINE_SCAN_WORDS: 16,
  /** A newsroom's credits under a story ("(Reporting by ...; Editing by ...)") have at most this many words... */
  REPORTING_CREDIT_MAX_WORDS: 40,
  /** ...and stand among the article's last this many blocks. */
  REPORTING_CREDIT_LAST_BLOCKS: 3,
  /** An author's bio ("Jane Doe is a staff writer at ...") stands among the article's last this many blocks... */
  BIO_LAST_BLOCKS: 2,
  /** ...and has at most this many words. */
  BIO_MAX_WORDS: 80,
  /** Cost, in words, of a non-body block inside the article's main run (finding where it starts). */
  RUN_GAP_COST: 10,
  /** A standfirst (prose between headline and body) has at least this many words... */
  STANDFIRST_MIN_WORDS: 8,
  /** ...and at least this log-odds of being article text. */
  STANDFIRST_MIN_SCORE: -1.5,
  /** Right under the headline, a sentence of this many words is enough (a subtitle). */
  SUBTITLE_MIN_WORDS: 4,
  /** The description (standfirst) is a sentence or two: at most this many words and sentences. */
  DESCRIPTION_MAX_WORDS: 70,
  DESCRIPTION_MAX_SENTENCES: 3,
  /** Longest title, in words and in characters. */
  TITLE_MAX_WORDS: 30,
  TITLE_MAX_CHARS: 300,
  /** A name or a label under a headline that a wrapper joined to it (see Page.heads) has at most this many words. */
  JOINED_LABEL_WORDS: 4,
  /**
   * A headline's head (see Page.heads) stands apart from at most this many words after it on
   * its line: past that, the line is a paragraph of the body and the head its first line.
   */
  HEAD_REST_MAX_WORDS: 30,
  /** The most words of a deck (a subtitle without a full stop) under a headline that the layout stage joined to it (see isDeck). */
  DECK_MAX_WORDS: 20,
  /** The first words of a line in which a date makes it a dateline ("01.12.2022 / Politik / Wirtschaft"). */
  DATELINE_WORDS: 4,
  /** Stopwords of at least this many letters are often adverbs ("bien", "past", "here") that may end a headline over a name. */
  LONG_STOPWORD: 4,
  /** Lines after a breadcrumb's last item in which the headline repeats it (see repeatedBelow). */
  BREADCRUMB_ECHO_LINES: 3,
  /** A line of at most this many words that holds a date or a time is a dateline, not a headline. */
  DATE_LINE_MAX_WORDS: 6,
  /** Longest image credit line, in words. */
  CREDIT_MAX_WORDS: 12,
  /** How far under a caption ending with a credit a credit line of its own is preferred to it. */
  CREDIT_UNDER_CAPTION: 3,
  /** Longest caption scanned for a photographer's name at its end, in words. */
  CREDIT_NAME_SCAN_WORDS: 60,
  /** Longest line of a box of labelled metadata ("Date 19.01.2020", "Author Jane Doe"), in words. */
  META_BOX_MAX_WORDS: 5,
  /** Captions ending with the same name that make it their photographer's. */
  PHOTOGRAPHER_MIN_CAPTIONS: 2,
  /** Lines naming a photographer, when some of its captions are lines of their own above the name (see underCaption). */
  PHOTOGRAPHER_MIN_LINES: 3,
  /** Words in lower case from which a credit line reads as a caption's sentence (see readsAsSentence). */
  CREDIT_SENTENCE_LOWER_WORDS: 3,
  /** Lines above the headline searched for the lead picture's credit. */
  CREDIT_ABOVE_TITLE: 4,
  /** Most capitalised words of a name taken before the slash of "Jane Doe/Agency" at a caption's end. */
  CREDIT_NAME_MAX_WORDS: 3,
  /** Longest credit of names around a slash glued to a caption, with no label or agency ("...ParliamentJane Doe/Acme"), in words. */
  NAME_CREDIT_MAX_WORDS: 6,
  /** Longest name before the slash of a credit glued to its caption ("Jane Doe/GettyimagesThe ..."), in characters. */
  GLUED_CREDIT_NAME_CHARS: 40,
  /** Longest line taken as a credit for naming a picture agency alone. */
  AGENCY_CREDIT_MAX_WORDS: 7,
  /** Lines from the top of the page that count as its masthead... */
  SOURCE_TOP_BLOCKS: 15,
  /** ...and from the bottom, as its footer. */
  SOURCE_BOTTOM_BLOCKS: 40,
  /**
   * Lowest share of the best publication-name candidate (with its other spellings), against the
   * others and "none" (see source.ts): chosen on two-fold CV for precision first (a wrong name
   * costs, no name on a page whose gold has none does not).
   */
  SOURCE_MIN_PROBABILITY: 0.6,
  /** Longest source name, in words. */
  SOURCE_MAX_WORDS: 6,
  /** A line of at most this many words is a menu's item when the two lines on either side are too (a name first seen there is a label). */
  SOURCE_MENU_WORDS: 3,
  /** A longer variant of the best name ("Acme News" for "Acme") is answered instead when its share is at least this part of the best's. */
  SOURCE_VARIANT_SHARE: 0.1,
  /** Blocks searched for the publication's name, from the top and from the bottom of the page. */
  SOURCE_SCAN_BLOCKS: 400,
  /** Lines of at most this many words (and characters) propose repeated phrases as names... */
  SOURCE_SHORT_LINE_WORDS: 12,
  SOURCE_SHORT_LINE_CHARS: 200,
  /** Longer lines than this are not searched for names at all. */
  SOURCE_LINE_MAX_CHARS: 1000,
  /** ...and lines up to this many words count their mentions. */
  SOURCE_LONG_LINE_WORDS: 60,
};

/** Rebuilding paragraphs (see page/layout.ts). Widths are in display columns. */
export const LAYOUT = {
  /** Narrowest and widest right margin a hard-wrapped text is looked for at (132: the widest terminal; lines of one block each, as in a WET record, often end alike past it). */
  WRAP_MIN_COLUMN: 30,
  WRAP_MAX_COLUMN: 132,
  /** Lines ending within this many columns of the margin count as reaching it. */
  WRAP_BAND: 10,
  /** Lines that may go past the margin (long words, addresses): this many, or this share of the lines at least half as wide. */
  WRAP_PAST_LINES: 2,
  WRAP_PAST_SHARE: 0.05,
  /** A text is hard-wrapped when at least this many lines reach the margin... */
  WRAP_MIN_LINES: 6,
  /** ...and they are at least this share of the lines at least half as wide, or this many times as many as in the band below. */
  WRAP_MIN_SHARE: 0.2,
  WRAP_MIN_CLIFF: 2,
  /** A text with fewer lines that reach the margin is wrapped when they are at least this many, this share and this many times the band below. */
  WRAP_FEW_LINES: 4,
  WRAP_FEW_SHARE: 0.3,
  WRAP_FEW_CLIFF: 3,
  /** A text with this many lines at the margin is wrapped too, when each of them goes on mid-sentence into the next (as shares and cliffs for WRAP_FEW_LINES). */
  WRAP_TINY_LINES: 3,
  /** A text is wrapped too when this many lines at the margin go on mid-sentence into a lower-case word that would not have fitted after them (see runOnFit in layout.ts). */
  WRAP_RUN_LINES: 4,
  /** A text of at least this many lines has its blank lines read anew when all but this share of its line breaks have none, or have one. */
  RESPACE_MIN_LINES: 8,
  RESPACE_MAX_SHARE: 0.02,
  /** Furniture lines (bullets, form controls, image names) are dropped from a text that is not wrapped when it has this many. */
  FURNITURE_MIN_LINES: 3,
  /**
   * A hard-wrapped text with at least this many lines opening with a bullet glyph reads as a
   * text-mode browser's dump (see Layout.textBrowser): in the benchmark's w3m dumps 95% of
   * pages have five or more, in browsers' copies under 1%.
   */
  TEXT_BROWSER_MIN_BULLETS: 5,
  /**
   * A text with at least this many lines holding a link's number ("[12]Politics", "the [13]full
   * report", as lynx -dump numbers links) has those numbers taken out: no page of the
   * benchmark's browser copies or w3m dumps has more than four such lines; lynx gives one per link.
   */
  LINK_NUMBERED_LINES: 8,
  /** A text was hyphenated by a typesetter (see Hyphenation in layout.ts) when at least this many words broken at its lines' ends are written whole elsewhere on it. */
  HYPHENATED_MIN_WORDS: 2,
  /** A wrapped text marks its paragraphs by first-line indents when this many lines, indented further than the line under them, go on into it. */
  FIRST_LINE_INDENT_LINES: 3,
  /**
   * A text with at least this many lines holding a link written the Markdown way
   * ("[text](https://...)", as html2text writes links) is read without its Markdown: no page
   * of the benchmark's browser copies or w3m dumps has more than one such line.
   */
  MARKDOWN_LINK_LINES: 5,
  /** Side-by-side columns: the narrowest left column, the fewest lines with a gap at the column, the most lines in a row without one inside a block... */
  COLUMN_MIN_LEFT: 15,
  COLUMN_MIN_ROWS: 4,
  COLUMN_MAX_WEAK: 6,
  /** ...and at least this many of the left column's lines run on into the next (its text is wrapped in the cell). */
  COLUMN_MIN_RUNS: 3,
  /** ...in a left column at least this wide, on lines of at least this many words. */
  COLUMN_MIN_TEXT: 25,
  COLUMN_MIN_WORDS: 4,
  /** A paragraph the same as the one before is dropped from a text-browser's output when it has at least this many characters (an image's description and its caption). */
  REPEAT_MIN_CHARS: 40,
  /** A paragraph wrapped narrower than the text (a table cell): at least this many lines, at least this wide, and this share of its line breaks where the next word would not have fitted. */
  NARROW_MIN_LINES: 4,
  NARROW_MIN_COLUMN: 30,
  NARROW_MIN_SHARE: 0.8,
  /** ...and this share of its lines after the first start lower case (they go on a sentence). */
  NARROW_MIN_LOWER: 0.3,
  /** A joined paragraph's first input lines are kept for the headline search (Layout.heads): its first, up to its first this many. */
  HEAD_LINES: 2,
};
