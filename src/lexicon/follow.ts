/**
 * Prompts written as sentences: to follow the site on social networks ("Follow Newsdesk on
 * Instagram, Facebook and YouTube.", "Folgen Sie uns auf Twitter"), a share button's words; and
 * to subscribe to its newsletter ("Subscribe to the Courier and stay informed", "Never miss the
 * latest news ..."), a sign-up box's.
 */
import { alternation, startsWithAny } from './pattern.js';
import { SOCIAL_NETWORKS } from './metadata.js';

/** How a follow prompt starts. */
export const FOLLOW_STARTS: readonly string[] = [
  'follow', 'like us', 'find us', 'join us', 'folgen sie', 'folge uns', 'folgt uns', 'suivez', 'retrouvez-nous', 'síguenos', 'siguenos',
  'sigue a', 'seguici', 'segui', 'siga', 'obserwuj', 'подписывайтесь', 'следите за',
];

/** A follow prompt has at most this many words. */
const FOLLOW_MAX_WORDS = 40;

const startsAsFollow = startsWithAny(FOLLOW_STARTS);
const NETWORK_RE = new RegExp(`(?<![\\p{L}])(?:${alternation([...SOCIAL_NETWORKS].filter((s) => s !== 'rss' && !s.includes('mail')))})(?![\\p{L}])`, 'u');

/** Whether a line (and its lower-case form) asks the reader to follow a page on social networks. */
export function isFollowPrompt(lower: string, words: number): boolean {
  return words <= FOLLOW_MAX_WORDS && startsAsFollow(lower) && NETWORK_RE.test(lower);
}

/** How a prompt to subscribe starts (the line's first words, lower case). */
export const SUBSCRIBE_STARTS: readonly string[] = [
  'subscribe to', 'subscribe now', 'subscribe for', 'sign up for', 'sign up to', 'sign up now', 'get breaking', 'get our',
  'get the latest', 'join our', 'never miss', 'abonnieren sie', 'jetzt abonnieren', 'abonnez-vous', 'inscrivez-vous', 'suscríbete',
  'iscriviti', 'assine', 'zapisz się', 'подпишитесь',
];

const startsAsSubscribe = startsWithAny(SUBSCRIBE_STARTS);

/** Whether a line (lower case) asks the reader to subscribe or sign up, in at most FOLLOW_MAX_WORDS words. */
export function isSubscribePrompt(lower: string, words: number): boolean {
  return words <= FOLLOW_MAX_WORDS && startsAsSubscribe(lower);
}
