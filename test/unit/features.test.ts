import { describe, expect, it } from 'vitest';
import { computeFeatures, countWords, tokenize } from '../../src/blocks/features.js';

const en = 'en';

describe('tokenize and countWords', () => {
  it('splits words in any script and keeps apostrophes inside words', () => {
    expect(tokenize("It's Zürich, 2019 — да!")).toEqual(["it's", 'zürich', '2019', 'да']);
  });
  it('counts unspaced scripts at two characters a word', () => {
    expect(countWords('東京都で会議')).toBe(3);
    expect(countWords('hello world')).toBe(2);
  });
});

describe('computeFeatures', () => {
  it('measures prose', () => {
    const f = computeFeatures('The council said on Monday that it would not raise the fees this year.', en, false);
    expect(f.words).toBe(14);
    expect(f.endsWithPunctuation).toBe(true);
    expect(f.sentences).toBe(1);
    expect(f.stopwordDensity).toBeGreaterThan(0.4);
    expect(f.boilerplate).toBeNull();
    expect(f.personalRatio).toBe(0);
  });
  it('flags furniture lines and boilerplate phrases', () => {
    expect(computeFeatures('Share', en, false).boilerplate).toBe('share');
    expect(computeFeatures('Comments (12)', en, false).boilerplate).toBe('comments');
    expect(computeFeatures('We use cookies to improve your experience.', en, false).boilerplate).toBe('cookie');
    expect(computeFeatures('© 2024 Example Media. All rights reserved.', en, false).boilerplate).toBe('legal');
    expect(computeFeatures('Alle Rechte vorbehalten', null, false).boilerplate).toBe('legal');
    expect(computeFeatures('×', null, false).boilerplate).toBe('ui');
    expect(computeFeatures('Please note that comments are moderated and may take a day to appear.', en, false).boilerplate).toBe('comments');
    expect(computeFeatures('Du musst angemeldet sein, um einen Kommentar abzugeben.', null, false).boilerplate).toBe('comments');
    expect(computeFeatures('Note: we are temporarily moderating all comments because of a surge in spam.', en, false).boilerplate).toBe('comments');
    expect(computeFeatures('Advertising disclosure: we may receive compensation for some links.', en, false).boilerplate).toBe('advert');
    expect(computeFeatures('Veja também:', null, false).boilerplate).toBe('related');
    for (const caption of ['Image caption The minister arrives at the summit in Brussels on Monday morning', 'Media captionWatch: the flood reaches the old town', 'Bildunterschrift: Der Minister bei seiner Ankunft']) {
      expect(computeFeatures(caption, en, false).furniture, caption).toBe(true);
    }
    expect(computeFeatures('Captions were added to every video the ministry published this year.', en, false).furniture).toBe(false);
    // Teasers run together, each cut off: a ticker.
    const ticker = computeFeatures('Council approves bridge budget HARBOUR: The town council voted on Monday to fund the repair of both bridges lost in the... Ferry timetable changes for summer EASTON: From June the ferry to the islands will run every half hour from the old… Storm closes harbour for a third day HARBOUR: Boats stayed in port on Sunday as the wind and the rain kept... Schools reopen after the floods MARSTON: Pupils went back to their classrooms on Monday morning after...', en, false);
    expect(ticker.furniture).toBe(true);
    expect(computeFeatures('He paused... Then he said it again... And again... Nobody answered.', en, false).furniture).toBe(false);
    expect(computeFeatures('We publish every story at no cost to you, but our reporting is far from free to produce.', en, false).boilerplate).toBe('donate');
    expect(computeFeatures('No spam, we promise. You can unsubscribe at any time.', en, false).boilerplate).toBe('subscribe');
    for (const follow of ['Follow Newsdesk on Instagram, Facebook, Twitter and YouTube.', 'Folgen Sie uns auf Facebook und Instagram!', 'Follow me on Twitter or LinkedIn.', 'Follow the Valley Courier on Twitter and Instagram @valleycourier and on Facebook. Send us a message on WhatsApp or email us at news@valleycourier.example']) {
      const f = computeFeatures(follow, null, false);
      expect(f.boilerplate, follow).not.toBeNull();
      expect(f.furniture, follow).toBe(true);
    }
    for (const prompt of ['Subscribe to the Valley Courier and stay informed with more of your favourite writers.', 'Never miss the latest news by signing up to our newsletter today!', 'Get breaking science news on comets, volcanoes and more!']) {
      expect(computeFeatures(prompt, en, false).furniture, prompt).toBe(true);
    }
    expect(computeFeatures('Subscribers to the service said the prices had risen twice this year.', en, false).furniture).toBe(false);
    // Following a river, or a story's account of a network, is no prompt.
    expect(computeFeatures('Follow the river north for two miles until you reach the old mill.', en, false).boilerplate).toBeNull();
    expect(computeFeatures('The minister said Twitter had ignored the request for weeks.', en, false).boilerplate).toBeNull();
    expect(computeFeatures('Hazte socio desde 3 euros al mes. Cancela cuando quieras.', null, false).boilerplate).not.toBeNull();
  });
  it('does not call a long paragraph boilerplate for one passing mention', () => {
    const text =
      'The regulator said the company had used cookies to track visitors without consent, and it ordered the firm to delete the data it had collected over the past three years, to change its banner and to pay a fine.';
    expect(computeFeatures(text, en, false).boilerplate).toBeNull();
  });
  it('measures how much a line talks to the reader', () => {
    const f = computeFeatures('We need your help: if you can, please support us today.', en, false);
    expect(f.personalRatio).toBeGreaterThan(0.3);
  });
  it('spots links and digits', () => {
    expect(computeFeatures('www.example.org', null, false).linkLike).toBe(true);
    expect(computeFeatures('Write to news@example.com', null, false).linkLike).toBe(true);
    expect(computeFeatures('12.03.2024 10:15', null, false).digitRatio).toBeGreaterThan(0.5);
  });
});
