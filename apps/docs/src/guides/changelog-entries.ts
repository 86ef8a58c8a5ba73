/**
 * The changelog as the repository has it: each published package's CHANGELOG.md (written by
 * `changeset version`) and the changesets not yet released. Read at build time, so the page never lags.
 */

const changelogFiles = import.meta.glob<string>('../../../../packages/*/CHANGELOG.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const changesetFiles = import.meta.glob<string>('../../../../.changeset/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface PendingChange {
  /** Package name → bump type, e.g. `@ketahanan/elements` → `minor`. */
  readonly releases: readonly { readonly name: string; readonly type: string }[];
  readonly summary: string;
}

/** `packages/elements/CHANGELOG.md` → its markdown, one entry per package, sorted by path. */
export function publishedChangelogs(): { readonly path: string; readonly markdown: string }[] {
  return Object.entries(changelogFiles)
    .map(([path, markdown]) => ({ path: path.replace(/^(\.\.\/)+/, ''), markdown }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A changeset file's front matter lists `"package": bump` lines; the rest is the summary. */
function parseChangeset(text: string): PendingChange | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const releases = (match[1] ?? '')
    .split(/\r?\n/)
    .map((line) => /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line))
    .filter((release) => release !== null)
    .map((release) => ({ name: release[1] ?? '', type: release[2] ?? '' }));
  return { releases, summary: (match[2] ?? '').trim() };
}

export function pendingChanges(): PendingChange[] {
  return Object.entries(changesetFiles)
    .filter(([path]) => !path.endsWith('/README.md'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, text]) => parseChangeset(text))
    .filter((change) => change !== undefined);
}

/** Markdown for the "Unreleased" section. */
export function pendingMarkdown(): string {
  const changes = pendingChanges();
  if (changes.length === 0) return '_Nothing is waiting for release._';
  return changes
    .map((change) => {
      const packages = change.releases.map((release) => `\`${release.name}\` (${release.type})`).join(', ');
      return `- ${change.summary.replace(/\n/g, '\n  ')}${packages ? ` — ${packages}` : ''}`;
    })
    .join('\n');
}
