// What a Vue project adds once: the tags' types for vue-tsc.
import type {} from '@ketahanan/elements/jsx/vue';
