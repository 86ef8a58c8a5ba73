/** The exported JSON file: the draft as it is, pointing editors at the model's JSON Schema for completion. */
import modelPackage from '@ketahanan/model/package.json';
import type { Draft } from '../draft/draft.js';

export const EXPORT_FILE_NAME = 'ketahanan-konten.json';

/** The schema of the model version this studio was built with, where jsDelivr serves the published package. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/@ketahanan/model@${modelPackage.version}/schema.json`;

export function exportedJson(draft: Draft): string {
  // `$schema` first and current, whatever an imported file said.
  const sections = Object.entries(draft).filter(([key]) => key !== '$schema');
  return `${JSON.stringify({ $schema: SCHEMA_URL, ...Object.fromEntries(sections) }, null, 2)}\n`;
}

/**
 * Hands `text` to the browser as a download: a Blob URL and a click on a `download` link, so the file never
 * leaves the machine. The URL is released once the click has been handled.
 */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  });
}
