/**
 * `ketahanan snippet <tag>`: prints what a site developer pastes into a page: the script tag pinned to an
 * exact version with its SRI hash, and the element with its content pre-rendered as no-JavaScript fallback.
 * The HTML comes from the same generator the docs use (`@ketahanan/elements/snippet`).
 */
import { parseContent, parseJson, type Content, type SectionName } from '@ketahanan/model';
import {
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  cliMessages,
  type CliCommand,
  type CliContext,
} from '@ketahanan/model/cli';
import {
  SNIPPET_TAGS,
  createSnippet,
  isExactVersion,
  isSnippetTag,
  selfHostedBase,
  type IntegrityManifest,
} from '@ketahanan/elements/snippet';
import { parseSnippetArguments } from './snippet-arguments.js';
import { snippetMessages } from './snippet-messages.js';

export interface SnippetCommandOptions {
  /** Path of the installed @ketahanan/elements' `dist/cdn/integrity.json`. */
  readonly integrityFile: string;
}

function readManifest(text: string): IntegrityManifest | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const { version, files } = parsed.value as Partial<IntegrityManifest>;
  if (typeof version !== 'string' || typeof files !== 'object') return undefined;
  return { version, files };
}

interface SiteContent {
  readonly content: Content;
  readonly provided: readonly SectionName[];
}

/** Reads and validates `--content`, printing problems the way `validate` does; a number is the exit code. */
async function readContent(file: string, context: CliContext): Promise<SiteContent | number> {
  const read = await context.readText(file);
  if (!read.ok) {
    context.err(cliMessages(context.locale).cannotRead(file, read.failure));
    return EXIT_FAILURE;
  }
  const json = parseJson(read.text, context.locale);
  if (!json.ok) {
    context.err(`${file}: ${json.problem.message}`);
    return EXIT_FAILURE;
  }
  const result = parseContent(json.value, { locale: context.locale });
  if (result.ok) return { content: result.content, provided: result.provided };
  const messages = snippetMessages(context.locale);
  for (const problem of result.problems)
    context.err(`${problem.path || messages.wholeDocument}: ${problem.message}`);
  context.err(messages.invalidContent(file, result.problems.length));
  return EXIT_INVALID;
}

export function createSnippetCommand({ integrityFile }: SnippetCommandOptions): CliCommand {
  return {
    name: 'snippet',
    usage:
      '<tag> [--src <url>] [--content <file.json>] [--version <x.y.z>] [--base-url <url>] [--all] [--classic]',
    summary: {
      id: 'cetak kode sematan: tag skrip berversi pasti dengan SRI dan elemen berisi konten cadangan',
      en: 'print embed code: an exact-version script tag with SRI and the element with fallback content',
    },
    async run(args, context) {
      const messages = snippetMessages(context.locale);
      const tagList = SNIPPET_TAGS.join(', ');
      const usageError = (line: string): number => {
        context.err(`${line} ${cliMessages(context.locale).seeHelp}`);
        return EXIT_FAILURE;
      };
      const parsed = parseSnippetArguments(args);
      if (!parsed.ok) {
        return usageError(
          parsed.error === 'missing-value'
            ? messages.missingValue(parsed.option)
            : messages.unknownOption(parsed.option),
        );
      }
      const options = parsed.value;
      const [tag, ...extra] = options.tags;
      if (tag === undefined) return usageError(messages.missingTag(tagList));
      if (extra.length > 0) return usageError(messages.tooManyTags);
      if (!isSnippetTag(tag)) return usageError(messages.unknownTag(tag, tagList));
      if (options.version !== undefined && !isExactVersion(options.version)) {
        return usageError(messages.notExactVersion(options.version));
      }
      if (options.baseUrl !== undefined) {
        if (options.cdn !== undefined) return usageError(messages.cdnAndBaseUrl);
        if (selfHostedBase(options.baseUrl) === null) return usageError(messages.badBaseUrl(options.baseUrl));
      }

      const manifestText = await context.readText(integrityFile);
      const installed = manifestText.ok ? readManifest(manifestText.text) : undefined;
      if (!installed) {
        context.err(messages.noManifest);
        return EXIT_FAILURE;
      }
      const version = options.version ?? installed.version;
      // Hashes are only known for the bytes we have; for another version, say so rather than guess.
      const integrity = version === installed.version ? installed : null;

      let site: SiteContent | undefined;
      if (options.content !== undefined) {
        const read = await readContent(options.content, context);
        if (typeof read === 'number') return read;
        site = read;
      }

      const snippet = createSnippet({
        tag,
        locale: context.locale,
        version,
        integrity,
        ...(options.src !== undefined && { src: options.src }),
        ...(site !== undefined && { content: site.content, provided: site.provided }),
        ...(options.cdn !== undefined && { cdnBase: options.cdn }),
        ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
        script: options.classic ? 'classic' : 'module',
        bundle: options.all ? 'all' : 'element',
      });
      snippet.trimEnd().split('\n').forEach(context.out);
      if (!integrity) context.err(messages.otherVersion(version, installed.version, tag));
      if (options.src !== undefined && site === undefined) context.err(messages.srcWithoutContent);
      return EXIT_OK;
    },
  };
}
