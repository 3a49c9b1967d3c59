/**
 * Prompts written as sentences: to follow the site on social networks ("Follow Newsdesk on
 * Instagram, Facebook and YouTube.", "Folgen Sie uns auf Twitter"), a share button's words; and
 * to subscribe to its newsletter ("Subscribe to the Courier and stay informed", "Never miss the
 * latest news ..."), a sign-up box's.
 */
import { alternation } from './pattern.js';
import { SOCIAL_NETWORKS } from './metadata.js';

/** How a follow prompt starts. */
export const FOLLOW_STARTS: readonly string[] = [
  'follow', 'like us', 'find us', 'join us', 'folgen sie', 'folge uns', 'folgt uns', 'suivez', 'retrouvez-nous', 'síguenos', 'siguenos',
  'sigue a', 'seguici', 'segui', 'siga', 'obserwuj', 'подписывайтесь', 'следите за',
];

/** A follow prompt has at most this many words. */
const FOLLOW_MAX_WORDS = 40;

const FOLLOW_START_RE = new RegExp(`^(?:${alternation(FOLLOW_STARTS)})(?![\\p{L}])`, 'u');
const NETWORK_RE = new RegExp(`(?<![\\p{L}])(?:${alternation([...SOCIAL_NETWORKS].filter((s) => s !== 'rss' && !s.includes('mail')))})(?![\\p{L}])`, 'u');
/** The letters a follow prompt starts with, lower case: most lines are ruled out by their first. */
const FIRST_LETTERS: ReadonlySet<number> = new Set(FOLLOW_STARTS.map((s) => s.charCodeAt(0)));

/** Whether a line (and its lower-case form) asks the reader to follow a page on social networks. */
export function isFollowPrompt(lower: string, words: number): boolean {
  return words <= FOLLOW_MAX_WORDS && FIRST_LETTERS.has(lower.charCodeAt(0)) && FOLLOW_START_RE.test(lower) && NETWORK_RE.test(lower);
}

/** How a prompt to subscribe starts (the line's first words, lower case). */
export const SUBSCRIBE_STARTS: readonly string[] = [
  'subscribe to', 'subscribe now', 'subscribe for', 'sign up for', 'sign up to', 'sign up now', 'get breaking', 'get our',
  'get the latest', 'join our', 'never miss', 'abonnieren sie', 'jetzt abonnieren', 'abonnez-vous', 'inscrivez-vous', 'suscríbete',
  'iscriviti', 'assine', 'zapisz się', 'подпишитесь',
];

const SUBSCRIBE_START_RE = new RegExp(`^(?:${alternation(SUBSCRIBE_STARTS)})(?![\\p{L}])`, 'u');
const SUBSCRIBE_FIRST_LETTERS: ReadonlySet<number> = new Set(SUBSCRIBE_STARTS.map((s) => s.charCodeAt(0)));

/** Whether a line (lower case) asks the reader to subscribe or sign up, in at most FOLLOW_MAX_WORDS words. */
export function isSubscribePrompt(lower: string, words: number): boolean {
  return words <= FOLLOW_MAX_WORDS && SUBSCRIBE_FIRST_LETTERS.has(lower.charCodeAt(0)) && SUBSCRIBE_START_RE.test(lower);
}
