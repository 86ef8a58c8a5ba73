import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { honestControls } from './arg-types.js';
import { manifestForDocs } from './docs-manifest.js';
import { globalTypes, initialGlobals, withLocaleAndScheme } from './globals.js';
import './frame.css';

// The manifest is generated from each element's JSDoc; it fills the autodocs tables and the controls.
setCustomElementsManifest(manifestForDocs());

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [withLocaleAndScheme],
  argTypesEnhancers: [honestControls],
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
          'Frameworks',
          'Embed code builder',
          'Theming',
          'Content authoring',
          'Accessibility',
          'Browser support',
          'Elements',
          'Changelog',
          'Examples',
        ],
      },
    },
  },
};

export default preview;
