// @ts-check
// What a Lighthouse run yields for the report: the four categories' scores and the figures the targets name.

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** @typedef {typeof CATEGORIES[number]} Category */

/**
 * @typedef {object} LostPoints  An audit that kept a category from full marks.
 * @property {string} id
 * @property {string} title
 * @property {number} score  0 to 1
 * @property {string} [value]  Lighthouse's display value, e.g. "120 ms"
 */

/**
 * @typedef {object} LighthouseRun
 * @property {Record<Category, number>} scores  0 to 100, rounded as Lighthouse's report shows them
 * @property {number} tbtMs  total blocking time
 * @property {number} cls  cumulative layout shift
 * @property {number} fcpMs
 * @property {number} lcpMs
 * @property {number} benchmarkIndex  Lighthouse's measure of this machine's speed at the time
 * @property {LostPoints[]} lost
 * @property {string[]} warnings  Lighthouse's run warnings (e.g. "the page loaded too slowly")
 */

/**
 * @typedef {object} LighthouseResult
 * @property {string} page  what was audited
 * @property {string} version  Lighthouse's version
 * @property {string} browser  Chromium's user agent product
 * @property {LighthouseRun[]} runs
 * @property {string} [error]
 */
