// Code lenses: "Preview diagram" over every view, agency and system; the editor runs the
// `gea.previewDiagram` command with the document and the element's full name.
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver-types';
import { isAgency, isSystem, isView, type Model } from '../generated/ast.js';
import { qualifiedNameOf } from '../scoping/qualified-names.js';
import type { SyntaxMessages } from '../syntax/messages.js';

export const PREVIEW_COMMAND = 'gea.previewDiagram';

export class GeaCodeLenses implements CodeLensProvider {
  constructor(private readonly messages: SyntaxMessages) {}

  provideCodeLens(document: LangiumDocument): CodeLens[] {
    const model = document.parseResult.value as Model;
    const title = this.messages.wordsOf(document.uri.toString()).editor.lens.previewDiagram;
    return (model.declarations ?? [])
      .filter((declaration) => (isView(declaration) || isAgency(declaration) || isSystem(declaration)) && declaration.name)
      .flatMap((declaration) => {
        const cst = declaration.$cstNode;
        if (!cst) return [];
        const line = cst.range.start.line;
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        return [
          { range, command: { title, command: PREVIEW_COMMAND, arguments: [document.uri.toString(), qualifiedNameOf(declaration)] } },
        ];
      });
  }
}
