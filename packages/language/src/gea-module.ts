// The one place that says what the gea language is made of: Langium's defaults plus our
// lexing, parsing and syntax messages, scoping, linking, value conversion and validation. Each
// caller builds its own instance, in one locale: diagnostics are made in its words.
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
import { wordsFor } from '@gea-arch/core';
import { GeaGeneratedModule, GeaGeneratedSharedModule } from './generated/module.js';
import { GeaDescriptionProvider } from './scoping/descriptions.js';
import { GeaLinker } from './scoping/linker.js';
import { NoReferenceIndex } from './scoping/no-reference-index.js';
import { GeaNameIndex } from './scoping/name-index.js';
import { GeaScopeComputation } from './scoping/scope-computation.js';
import { GeaScopeProvider } from './scoping/scope-provider.js';
import { GrammarFacts } from './syntax/grammar-facts.js';
import { GeaLexer, GeaLexerErrorMessageProvider } from './syntax/lexer.js';
import { SyntaxMessages } from './syntax/messages.js';
import { createGeaParser } from './syntax/parser.js';
import { ParserErrorRecorder } from './syntax/parser-error-recorder.js';
import { GeaTokenBuilder } from './syntax/token-builder.js';
import { GeaValueConverter } from './syntax/value-converter.js';
import { registerGeaChecks } from './validation/gea-validator.js';
import { GeaTreeValidator } from './validation/gea-tree-validator.js';
import { GeaValidationRegistry } from './validation/gea-validation-registry.js';

export interface GeaAddedServices {
  references: {
    NameIndex: GeaNameIndex;
  };
  syntax: {
    GrammarFacts: GrammarFacts;
    /** Every message of parsing, linking and validation, in the locale of these services. */
    Messages: SyntaxMessages;
  };
}

export type GeaServices = LangiumCoreServices & GeaAddedServices;

export type GeaModuleDefinition = Module<GeaServices, PartialLangiumCoreServices & GeaAddedServices>;

export interface GeaModuleOptions {
  /** The language of diagnostics (`mn`, `en`, `mn-MN`, …); Mongolian by default. */
  readonly locale?: string;
  /**
   * Compact syntax trees (syntax/compact-syntax-tree.ts: no one-token data type nodes, no lone
   * wrapped member nodes): for documents only analysed, never formatted or edited. Langium's
   * trees by default.
   */
  readonly compactSyntaxTrees?: boolean;
}

/** The gea services over Langium's defaults, speaking the given locale. */
export function createGeaModule(options: GeaModuleOptions = {}): GeaModuleDefinition {
  return {
    parser: {
      ValueConverter: () => new GeaValueConverter(),
      TokenBuilder: () => new GeaTokenBuilder(),
      Lexer: (services) => new GeaLexer(services),
      LexerErrorMessageProvider: (services) => new GeaLexerErrorMessageProvider(services.syntax.Messages),
      ParserErrorMessageProvider: (services) => new ParserErrorRecorder(() => services.syntax.GrammarFacts, services.syntax.Messages),
      LangiumParser: (services) => createGeaParser(services, () => services.syntax.GrammarFacts, options.compactSyntaxTrees),
    },
    syntax: {
      GrammarFacts: (services) => new GrammarFacts(services.Grammar),
      Messages: () => new SyntaxMessages(wordsFor(options.locale)),
    },
    validation: {
      ValidationRegistry: (services) => new GeaValidationRegistry(services),
      DocumentValidator: (services) => new GeaTreeValidator(services),
    },
    workspace: {
      AstNodeDescriptionProvider: (services) => new GeaDescriptionProvider(services),
    },
    references: {
      NameIndex: (services) => new GeaNameIndex(services.shared),
      ScopeComputation: (services) => new GeaScopeComputation(services),
      ScopeProvider: (services) => new GeaScopeProvider(services),
      Linker: (services) => new GeaLinker(services),
    },
  };
}

/** The gea services in the default locale (Mongolian). */
export const GeaModule: GeaModuleDefinition = createGeaModule();

export interface GeaCoreServices {
  shared: LangiumSharedCoreServices;
  gea: GeaServices;
}

/**
 * Services for batch use (the compiler, tests): no language server parts and no index of
 * references. One instance speaks one locale; build another for another.
 */
export function createGeaCoreServices(context: DefaultSharedCoreModuleContext, options: GeaModuleOptions = {}): GeaCoreServices {
  const shared = inject(createDefaultSharedCoreModule(context), GeaGeneratedSharedModule);
  const batch: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    workspace: { ReferenceDescriptionProvider: () => new NoReferenceIndex() },
  };
  const gea = inject(createDefaultCoreModule({ shared }), GeaGeneratedModule, createGeaModule(options), batch);
  shared.ServiceRegistry.register(gea);
  registerGeaChecks(gea.validation.ValidationRegistry, gea.syntax.Messages);
  return { shared, gea };
}
