import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '@ketahanan/elements/custom-elements.json';
import { globalTypes, initialGlobals, withLocaleAndScheme } from './globals.js';
import './frame.css';

// The manifest is generated from each element's JSDoc; it fills the autodocs tables and the controls.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [withLocaleAndScheme],
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // Axe violations fail the story's test instead of only showing in the panel.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    options: {
      storySort: {
        order: [
          'Pengantar',
          'Introduction',
          'Getting started',
          'Embed code builder',
          'Theming',
          'Content authoring',
          'Accessibility',
          'Elements',
          'Changelog',
          'Examples',
        ],
      },
    },
  },
};

export default preview;
