// The one place that says what the gea language is made of: Langium's defaults plus our
// lexing, parsing and syntax messages, scoping, linking, value conversion and validation. Each
// caller builds its own instance.
import './polyfill.js';
import {
  createDefaultCoreModule,
  createDefaultSharedCoreModule,
  inject,
  type DefaultSharedCoreModuleContext,
  type LangiumCoreServices,
  type LangiumSharedCoreServices,
  type Module,
  type PartialLangiumCoreServices,
} from 'langium';
import { GeaGeneratedModule, GeaGeneratedSharedModule } from './generated/module.js';
import { GeaLinker } from './scoping/linker.js';
import { GeaNameIndex } from './scoping/name-index.js';
import { GeaScopeComputation } from './scoping/scope-computation.js';
import { GeaScopeProvider } from './scoping/scope-provider.js';
import { GrammarFacts } from './syntax/grammar-facts.js';
import { GeaLexer, GeaLexerErrorMessageProvider } from './syntax/lexer.js';
import { createGeaParser } from './syntax/parser.js';
import { ParserErrorRecorder } from './syntax/parser-error-recorder.js';
import { GeaTokenBuilder } from './syntax/token-builder.js';
import { GeaValueConverter } from './syntax/value-converter.js';
import { registerGeaChecks } from './validation/gea-validator.js';

export interface GeaAddedServices {
  references: {
    NameIndex: GeaNameIndex;
  };
  syntax: {
    GrammarFacts: GrammarFacts;
  };
}

export type GeaServices = LangiumCoreServices & GeaAddedServices;

export const GeaModule: Module<GeaServices, PartialLangiumCoreServices & GeaAddedServices> = {
  parser: {
    ValueConverter: () => new GeaValueConverter(),
    TokenBuilder: () => new GeaTokenBuilder(),
    Lexer: (services) => new GeaLexer(services),
    LexerErrorMessageProvider: () => new GeaLexerErrorMessageProvider(),
    ParserErrorMessageProvider: (services) => new ParserErrorRecorder(services.syntax.GrammarFacts),
    LangiumParser: (services) => createGeaParser(services, services.syntax.GrammarFacts),
  },
  syntax: {
    GrammarFacts: (services) => new GrammarFacts(services.Grammar),
  },
  references: {
    NameIndex: (services) => new GeaNameIndex(services.shared),
    ScopeComputation: (services) => new GeaScopeComputation(services),
    ScopeProvider: (services) => new GeaScopeProvider(services),
    Linker: (services) => new GeaLinker(services),
  },
};

export interface GeaCoreServices {
  shared: LangiumSharedCoreServices;
  gea: GeaServices;
}

/** Services for batch use (the compiler, tests): no language server parts. */
export function createGeaCoreServices(context: DefaultSharedCoreModuleContext): GeaCoreServices {
  const shared = inject(createDefaultSharedCoreModule(context), GeaGeneratedSharedModule);
  const gea = inject(createDefaultCoreModule({ shared }), GeaGeneratedModule, GeaModule);
  shared.ServiceRegistry.register(gea);
  registerGeaChecks(gea.validation.ValidationRegistry);
  return { shared, gea };
}
