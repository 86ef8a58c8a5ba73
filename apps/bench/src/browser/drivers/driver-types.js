// @ts-check
// The shape every variant driver has; see ../harness.js for how it is timed.

/**
 * @template T
 * @typedef {object} Driver
 * @property {string[]} tags  Custom elements that must be defined before anything is measured.
 * @property {(root: HTMLElement) => HTMLElement} [stage]  Wrapper made once, untimed (e.g. <sp-theme>).
 * @property {(stage: HTMLElement, input: T) => Promise<void>} render  Shows `input`; resolves once shown.
 * @property {Record<string, (stage: HTMLElement, input: T) => Promise<void>>} actions  Resolves once settled.
 */

/**
 * @template T
 * @typedef {object} Suite
 * @property {(n: number) => T} data  The same input for every variant at size n.
 * @property {Record<string, Driver<T>>} variants
 */

export {};
