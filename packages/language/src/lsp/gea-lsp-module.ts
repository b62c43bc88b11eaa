// The gea language with its editor services: Langium's language server defaults plus our
// formatter, hover, completion, rename, code actions, code lenses, semantic tokens and symbol
// kinds, over the same parsing, linking and validation as the CLI. One instance speaks one locale.
import { inject, type Module } from 'langium';
import {
  createDefaultModule,
  createDefaultSharedModule,
  type DefaultSharedModuleContext,
  type LangiumServices,
  type LangiumSharedServices,
  type PartialLangiumServices,
  type PartialLangiumSharedServices,
} from 'langium/lsp';
import { createGeaModule, type GeaAddedServices, type GeaModuleOptions } from '../gea-module.js';
import { GeaGeneratedModule, GeaGeneratedSharedModule } from '../generated/module.js';
import { GeaFormatter } from '../formatter/gea-formatter.js';
import { registerGeaChecks } from '../validation/gea-validator.js';
import { GeaCodeActionProvider } from './code-actions.js';
import { GeaCodeLenses } from './code-lens.js';
import { GeaCompletionProvider } from './completion.js';
import { GeaDocumentFactory } from './document-factory.js';
import { GeaDocumentBuilder } from './document-builder.js';
import { GeaDocumentSymbolProvider } from './document-symbols.js';
import { GeaIndexManager } from './index-manager.js';
import { GeaDocumentValidator } from './document-validator.js';
import { EditorState } from './editor-state.js';
import { GeaFuzzyMatcher } from './fuzzy-matcher.js';
import { GeaHoverProvider } from './hover.js';
import { GeaNodeKinds } from './node-kinds.js';
import { GeaReferenceDescriptions } from './reference-descriptions.js';
import { GeaRenameProvider } from './rename.js';
import { GeaSemanticTokens } from './semantic-tokens.js';
import { GeaWorkspaceSymbolProvider } from './workspace-symbols.js';
import { GeaServiceRegistry } from './service-registry.js';

export interface GeaEditorServices {
  editor: {
    /** The latest analysis of each document's workspace, kept by the server. */
    State: EditorState;
  };
}

export type GeaLspServices = LangiumServices & GeaAddedServices & GeaEditorServices;

export interface GeaLanguageServices {
  shared: LangiumSharedServices;
  gea: GeaLspServices;
}

function createGeaLspModule(): Module<GeaLspServices, PartialLangiumServices & GeaEditorServices> {
  return {
    editor: {
      State: () => new EditorState(),
    },
    validation: {
      DocumentValidator: (services) => new GeaDocumentValidator(services),
    },
    workspace: {
      ReferenceDescriptionProvider: (services) => new GeaReferenceDescriptions(services),
    },
    lsp: {
      Formatter: () => new GeaFormatter(),
      HoverProvider: (services) => new GeaHoverProvider(services),
      CompletionProvider: (services) => new GeaCompletionProvider(services),
      RenameProvider: (services) => new GeaRenameProvider(services),
      DocumentSymbolProvider: (services) => new GeaDocumentSymbolProvider(services),
      CodeActionProvider: (services) => new GeaCodeActionProvider(services),
      CodeLensProvider: (services) => new GeaCodeLenses(services.syntax.Messages),
      SemanticTokenProvider: (services) => new GeaSemanticTokens(services),
    },
  };
}

const GeaSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
  ServiceRegistry: (services) => new GeaServiceRegistry(services),
  workspace: {
    DocumentBuilder: (services) => new GeaDocumentBuilder(services),
    LangiumDocumentFactory: (services) => new GeaDocumentFactory(services),
    IndexManager: (services) => new GeaIndexManager(services),
  },
  lsp: {
    WorkspaceSymbolProvider: (services) => new GeaWorkspaceSymbolProvider(services),
    NodeKindProvider: () => new GeaNodeKinds(),
    FuzzyMatcher: () => new GeaFuzzyMatcher(),
  },
};

/**
 * Language server services for gea, speaking `options.locale`; `context.connection` is the client.
 * `sharedModule` replaces shared services (the server's workspace manager reads gea.yaml).
 */
export function createGeaServices(
  context: DefaultSharedModuleContext,
  options: GeaModuleOptions = {},
  sharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
): GeaLanguageServices {
  const shared = inject(createDefaultSharedModule(context), GeaGeneratedSharedModule, GeaSharedLspModule, sharedModule);
  const gea = inject(
    createDefaultModule({ shared }),
    GeaGeneratedModule,
    createGeaModule(options) as unknown as Module<GeaLspServices, GeaAddedServices>,
    createGeaLspModule(),
  );
  shared.ServiceRegistry.register(gea);
  registerGeaChecks(gea.validation.ValidationRegistry, gea.syntax.Messages);
  return { shared, gea };
}
