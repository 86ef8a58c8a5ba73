import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { renderedElement } from '../elements/shared/shadow.js';
import { CURRENT_VERSION } from './current-build.js';
import './embed-code-builder.js';

const meta = {
  title: 'Examples/Embed code builder',
  tags: ['!autodocs'],
  render: () => html`<docs-embed-code-builder></docs-embed-code-builder>`,
} satisfies Meta;
export default meta;

async function builder(canvasElement: HTMLElement) {
  const { root } = await renderedElement(canvasElement, 'docs-embed-code-builder');
  const code = (): string => root.querySelector('pre code')?.textContent ?? '';
  const field = (selector: string): HTMLElement => {
    const found = root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  return { root, code, field };
}

/** The default: the FAQ in Indonesian, pinned to this build's version, with its fallback questions. */
export const Default: StoryObj = {
  play: async ({ canvasElement }) => {
    const { code } = await builder(canvasElement);
    await expect(code()).toContain(`@ketahanan/elements@${CURRENT_VERSION}/dist/cdn/`);
    await expect(code()).toContain('<kl-faq-accordion lang="id">');
    await expect(code()).toContain('<details');
  },
};

/**
 * Choosing another element, English and a content URL changes the snippet accordingly. With a content URL,
 * the checker of that content, `site-content.js`, loads first (pinned too), so the widget shows it in its
 * first render.
 */
export const ChooseElementLanguageAndSource: StoryObj = {
  play: async ({ canvasElement }) => {
    const { code, field } = await builder(canvasElement);
    await expect(code()).not.toContain('site-content.js');
    await userEvent.selectOptions(field('#tag'), 'kl-partner-cards');
    await userEvent.click(field('input[name="locale"][value="en"]'));
    await userEvent.type(field('#src'), 'https://sukamaju.example.go.id/mitra.json');
    await waitFor(() =>
      expect(code()).toContain(
        '<kl-partner-cards lang="en" src="https://sukamaju.example.go.id/mitra.json">',
      ),
    );
    await expect(code()).toMatch(
      /^<script type="module" src="[^"]+\/dist\/cdn\/site-content\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<script type="module" src="[^"]+\/dist\/cdn\/partner-cards\.js" integrity="sha384-/,
    );
  },
};

/** A version range is refused with a message next to the field, and no snippet is offered. */
export const InexactVersion: StoryObj = {
  play: async ({ canvasElement }) => {
    const { root, field } = await builder(canvasElement);
    const version = field('#version');
    // Select the current text and type over it, as a reader would (userEvent.clear cannot see focus in a shadow root).
    await userEvent.tripleClick(version);
    await userEvent.keyboard('^1.0');
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')).toHaveTextContent('not an exact version'),
    );
    await expect(version).toHaveAttribute('aria-invalid', 'true');
    await expect(root.querySelector('pre')).toBeNull();
  },
};

/**
 * A content URL that is not an http(s) or relative address, or that hides a control character (which a
 * CMS could strip into `javascript:`), is refused next to its field, and no snippet is offered.
 */
export const UnsafeContentUrl: StoryObj = {
  play: async ({ canvasElement }) => {
    const { root, code, field } = await builder(canvasElement);
    const src = field('#src');
    await userEvent.type(src, 'javascript:alert(1)');
    await waitFor(() => expect(root.querySelector('[role="alert"]')).toHaveTextContent('content URL (src)'));
    await expect(src).toHaveAttribute('aria-invalid', 'true');
    await expect(field('#version')).toHaveAttribute('aria-invalid', 'false');
    await expect(root.querySelector('pre')).toBeNull();
    await userEvent.tripleClick(src);
    await userEvent.keyboard('/data/faq desa.json');
    await waitFor(() => expect(code()).toContain('src="/data/faq%20desa.json"'));
    await expect(src).toHaveAttribute('aria-invalid', 'false');
  },
};

/** A base URL points the script at the site's own copy of the files, with the same integrity hash. */
export const SelfHostedFiles: StoryObj = {
  play: async ({ canvasElement }) => {
    const { code, field } = await builder(canvasElement);
    const integrity = /integrity="([^"]+)"/.exec(code())?.[1];
    await userEvent.type(field('#base-url'), '/js/ketahanan/');
    await waitFor(() => expect(code()).toContain('src="/js/ketahanan/faq-accordion.js"'));
    await expect(code()).toContain(`integrity="${integrity ?? 'missing'}"`);
  },
};

/** A base URL that could not load a script file (another scheme, a query) is refused beside its field. */
export const UnusableBaseUrl: StoryObj = {
  play: async ({ canvasElement }) => {
    const { root, field } = await builder(canvasElement);
    await userEvent.type(field('#base-url'), 'javascript:alert(1)//');
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')).toHaveTextContent('cannot be a base URL'),
    );
    await expect(field('#base-url')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('#version')).toHaveAttribute('aria-invalid', 'false');
    await expect(root.querySelector('pre')).toBeNull();
  },
};

/** The copy button reports what happened in a status message (copied, or how to copy by hand). */
export const CopyButton: StoryObj = {
  play: async ({ canvasElement }) => {
    const { root, field } = await builder(canvasElement);
    await userEvent.click(field('button.copy'));
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent.trim()).not.toBe(''));
  },
};

/**
 * "Sharing one core": the element's split file, after a module script for the shared core, each pinned
 * by its own integrity hash, for a page with several widgets.
 */
export const SharedCore: StoryObj = {
  play: async ({ canvasElement }) => {
    const { code, field } = await builder(canvasElement);
    await userEvent.click(field('input[name="bundle"][value="split"]'));
    await waitFor(() => expect(code()).toContain('/dist/cdn/split/faq-accordion.js"'));
    await expect(code()).toMatch(
      /<script type="module" src="[^"]+\/dist\/cdn\/split\/core\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<script type="module" src="[^"]+\/split\/faq-accordion\.js" integrity="sha384-/,
    );
  },
};
