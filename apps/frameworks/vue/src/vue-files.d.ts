// For tools that read .ts files with plain TypeScript (type-aware ESLint): vue-tsc resolves `*.vue`
// imports to the real components and never needs this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
