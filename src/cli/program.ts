/** The commander program: options, help with examples, and version. */
import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS, type Format } from '../render/index.js';
import { DEFAULT_EXT, MIN_PARALLEL_BYTES } from './constants.js';

export interface CliOptions {
  format: Format;
  output?: string;
  outDir?: string;
  ext: string;
  frontMatter: boolean;
  explain: boolean;
  maxSize: string;
  encoding: string;
  inputFormat: 'text' | 'jsonl' | 'warc';
  jobs: number;
  /** Whether --jobs was given (else jobs is the default, the number of CPU cores). */
  jobsGiven?: boolean;
  skipExisting: boolean;
  failOnEmpty: boolean;
  quiet: boolean;
  verbose: boolean;
  /** --model: a weights file written by scripts/train.ts. */
  model?: string;
}

const EXAMPLES = `
Examples:
  Clean one page copied from a browser, Markdown to stdout:
    $ cat page.txt | article-cleaner > page.md
  Convert a folder, mirroring its tree as Markdown files:
    $ article-cleaner pages/ --out-dir clean/
  Quote glob patterns so every shell passes them through unchanged:
    $ article-cleaner 'pages/**/*.txt' --format json --out-dir clean/
  JSON for scripts and CI (several inputs give JSON Lines, one object per line):
    $ article-cleaner a.txt b.txt --format json | jq -r .title
  See why each line was kept or dropped:
    $ article-cleaner page.txt --explain
  As the map step of a pipeline, JSON Lines in and out ({"id": ..., "text": ...} per line):
    $ cat pages.jsonl | article-cleaner --input-format jsonl > clean.jsonl
  Common Crawl's text extracts (WET), one JSON line per page:
    $ article-cleaner --input-format warc CC-MAIN-*.warc.wet.gz > clean.jsonl
  Resume an interrupted batch:
    $ article-cleaner pages/ -d clean/ --skip-existing

A page with no article writes no file and prints nothing (JSON prints its object, with an
empty text); --fail-on-empty makes it an error. HTML and URLs are not read: convert them first
(w3m -dump -T text/html page.html | article-cleaner).

Exit codes: 0 success, 1 some input failed (missing, unreadable, HTML, a URL; the others are
still written), 2 usage error, 130 interrupted (Ctrl-C; outputs already written are complete,
no partial files are left).
`;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

export function createProgram(version: string): Command {
  return new Command('article-cleaner')
    .description('Find the article in text copied from a web page and write it as clean Markdown, JSON or text.')
    .argument('[inputs...]', 'files, folders or glob patterns to read; "-" (or nothing, with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format; json: one indented object per input (several inputs to stdout: one compact object a line, as jsonl); jsonl: always one compact JSON object a line').choices([...FORMATS]).default('md'))
    .option('-o, --output <file>', 'write the result to this file (one input only)')
    .option('-d, --out-dir <dir>', 'write one file per input into this folder, mirroring the input tree')
    .option('--ext <list>', 'extensions of the files read from folders, comma-separated', DEFAULT_EXT)
    .option('--no-front-matter', 'leave the YAML front matter out of Markdown')
    .option('--explain', 'instead of the result: every block with its label, score and reasons, and where each metadata field came from (JSON with -f json/jsonl; under --out-dir, .explain.txt or .explain.json files)')
    .option('--max-size <size>', 'refuse inputs larger than this (e.g. 50mb, 500k)', '50mb')
    .option('--encoding <name>', 'encoding of the inputs (e.g. windows-1252, koi8-r, shift_jis); default: UTF-8, else detected', 'auto')
    .addOption(
      new Option(
        '--input-format <format>',
        'text: each input is one page; jsonl: each line is {"id", "text", ...}, results as JSON Lines; warc: each text record of a WARC or WET file (.warc, .wet, gzipped or not) is a page, results as JSON Lines with its WARC-Record-ID as "id" and WARC-Target-URI as "url"',
      )
        .choices(['text', 'jsonl', 'warc'])
        .default('text'),
    )
    .option('-j, --jobs <n>', `pages cleaned in parallel, in worker threads (default: the number of CPU cores for a batch or JSON Lines input of ${MIN_PARALLEL_BYTES / 1e6} MB or more, else 1)`, parseJobs)
    .option('--skip-existing', 'do not redo inputs whose output file already exists (resume a run)')
    .option('--fail-on-empty', 'exit 1 when an input gives no article')
    .option('--model <file>', 'use the weights in this file (written by scripts/train.ts) instead of the bundled ones, e.g. to score a retrained model')
    .option('-q, --quiet', 'print errors only: no warnings, no summary')
    .option('-v, --verbose', 'print a line per file, and stack traces of internal errors')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride();
}
