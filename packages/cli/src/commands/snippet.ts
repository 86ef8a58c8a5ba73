/**
 * `ketahanan snippet <tag>`: prints what a site developer pastes into a page: the script tag pinned to an
 * exact version with its SRI hash, and the element with its content pre-rendered as no-JavaScript fallback.
 * The HTML comes from the same generator the docs use (`@ketahanan/elements/snippet`).
 */
import { parseJson } from '@ketahanan/model';
import {
  EXIT_FAILURE,
  EXIT_OK,
  cannotWriteMessage,
  escapeInvisible,
  messagesIn,
  quote,
  readContentFile,
  type CliCommand,
  type ContentFile,
} from '@ketahanan/model/cli';
import {
  SNIPPET_TAGS,
  contentUrl,
  createSnippet,
  isExactVersion,
  isSnippetTag,
  scriptFolder,
  selfHostedBase,
  type IntegrityManifest,
} from '@ketahanan/elements/snippet';
import { SNIPPET_MESSAGES, type SnippetMessages } from './snippet-messages.js';

export interface SnippetCommandOptions {
  /** Path of the installed @ketahanan/elements' `dist/cdn/integrity.json`. */
  readonly integrityFile: string;
}

function readManifest(text: string): IntegrityManifest | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const { version, files, imports } = parsed.value as Partial<IntegrityManifest>;
  if (typeof version !== 'string' || typeof files !== 'object') return undefined;
  return { version, files, ...(typeof imports === 'object' && { imports }) };
}

/** A value option's text, when it was given. */
const text = (value: string | true | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

type Say = ReturnType<typeof messagesIn<SnippetMessages>>;

/**
 * What is wrong with the addresses given, in the user's language, checked by the generator's own rules
 * before it runs (it would throw an English RangeError); `undefined` when they are usable.
 */
function addressProblem(say: Say, src?: string, cdn?: string, baseUrl?: string): string | undefined {
  if (src !== undefined && contentUrl(src) === null) return say('badSrc', { url: quote(src) });
  if (cdn !== undefined && baseUrl !== undefined) return say('cdnAndBaseUrl');
  if (cdn !== undefined && scriptFolder(cdn) === null) return say('badCdn', { url: quote(cdn) });
  if (baseUrl !== undefined && selfHostedBase(baseUrl) === null) {
    return say('badBaseUrl', { url: quote(baseUrl) });
  }
  return undefined;
}

export function createSnippetCommand({ integrityFile }: SnippetCommandOptions): CliCommand {
  return {
    name: 'snippet',
    usage:
      '<tag> [--src <url>] [--content <file.json>] [--version <x.y.z>] [--cdn <url> | --base-url <url>] [--all | --split | --classic] [--section-header] [--out <file.html>]',
    summary: {
      id: 'cetak kode sematan: tag skrip berversi pasti dengan SRI dan elemen berisi konten cadangan',
      en: 'print embed code: an exact-version script tag with SRI and the element with fallback content',
    },
    options: {
      src: { type: 'string' },
      content: { type: 'string' },
      version: { type: 'string' },
      cdn: { type: 'string' },
      'base-url': { type: 'string' },
      all: { type: 'boolean' },
      split: { type: 'boolean' },
      classic: { type: 'boolean' },
      'section-header': { type: 'boolean' },
      out: { type: 'string' },
    },
    async run({ positionals, values }, context) {
      const say = messagesIn(SNIPPET_MESSAGES, context.locale);
      const tags = SNIPPET_TAGS.join(', ');
      const [tag, ...extra] = positionals;
      const [src, contentFile, wanted, cdn, baseUrl, outFile] = [
        values.src,
        values.content,
        values.version,
        values.cdn,
        values['base-url'],
        values.out,
      ].map(text);
      if (tag === undefined) return context.usageError(say('missingTag', { tags }));
      if (extra.length > 0) return context.usageError(say('tooManyTags'));
      if (!isSnippetTag(tag)) return context.usageError(say('unknownTag', { tag, tags }));
      if (wanted !== undefined && !isExactVersion(wanted)) {
        return context.usageError(say('notExactVersion', { version: wanted }));
      }
      if (values.split && (values.all || values.classic)) return context.usageError(say('splitAlone'));
      const badAddress = addressProblem(say, src, cdn, baseUrl);
      if (badAddress !== undefined) return context.usageError(badAddress);

      const manifestText = await context.readText(integrityFile);
      const installed = manifestText.ok ? readManifest(manifestText.text) : undefined;
      if (!installed) {
        context.err(say('noManifest'));
        return EXIT_FAILURE;
      }
      const version = wanted ?? installed.version;
      // Hashes are only known for the bytes we have; for another version, say so rather than guess.
      const integrity = version === installed.version ? installed : null;

      let site: ContentFile | undefined;
      if (contentFile !== undefined) {
        // Problems go to stderr: stdout is the snippet, which an invalid file does not get.
        const read = await readContentFile(contentFile, context, context.err);
        if (typeof read === 'number') return read;
        site = read;
      }

      const snippet = createSnippet({
        tag,
        locale: context.locale,
        version,
        integrity,
        ...(src !== undefined && { src }),
        ...(site !== undefined && { content: site.content, provided: site.provided }),
        ...(cdn !== undefined && { cdnBase: cdn }),
        ...(baseUrl !== undefined && { baseUrl }),
        script: values.classic ? 'classic' : 'module',
        bundle: values.all ? 'all' : values.split ? 'split' : 'element',
        sectionHeader: values['section-header'] === true,
      });
      if (outFile !== undefined) {
        // The file gets the exact HTML, control characters and all: it goes to a page, not a terminal.
        const written = await context.writeText(outFile, `${snippet.trimEnd()}\n`);
        if (!written.ok) {
          context.err(cannotWriteMessage(context.locale, outFile, written.failure));
          return EXIT_FAILURE;
        }
      } else {
        // Printed lines are escaped on their way to the terminal (see the model's CliContext.out).
        const lines = snippet.trimEnd().split('\n');
        lines.forEach(context.out);
        if (lines.some((line) => escapeInvisible(line) !== line)) context.err(say('escapedOutput'));
      }
      if (!integrity) context.err(say('otherVersion', { version, installed: installed.version, tag }));
      if (src !== undefined && site === undefined) context.err(say('srcWithoutContent'));
      return EXIT_OK;
    },
  };
}
