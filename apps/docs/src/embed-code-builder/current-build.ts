import elementsPackage from '@ketahanan/elements/package.json';
import integrity from '@ketahanan/elements/cdn/integrity.json';
import type { IntegrityManifest } from '@ketahanan/elements/snippet';

/** The elements version this Storybook was built from, and the SRI hashes of its script-tag files. */
export const CURRENT_VERSION: string = elementsPackage.version;
export const CURRENT_INTEGRITY: IntegrityManifest = integrity;
