// Interoperability specs: what a provider and each consumer of an interface need to build and
// sign the exchange, written from the core model alone.
export {
  buildSpecs,
  formatsOf,
  renderSpec,
  specInterfaces,
  specWarnings,
  SPEC_FILES,
  SPEC_FORMATS,
  type SpecFormat,
  type SpecBuildOptions,
  type SpecOptions,
} from './bundle.js';
