// Documents are parsed speaking the locale of their own workspace folder (SyntaxMessages
// `forDocument`): a lexer or parser error of a folder whose gea.yaml says `locale: en` is in
// English beside a Mongolian folder in the same editor window.
import {
  DefaultLangiumDocumentFactory,
  type AstNode,
  type LangiumDocument,
  type Mutable,
  type ParseResult,
  type ParserOptions,
  type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { SyntaxMessages } from '../syntax/messages.js';

export class GeaDocumentFactory extends DefaultLangiumDocumentFactory {
  /** The locale each parse's messages were made in. */
  private readonly spoken = new WeakMap<ParseResult, string>();

  protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
    return messagesOf(this.serviceRegistry.getServices(uri), uri, () => this.remembered(uri, super.parse<T>(uri, text, options)));
  }

  protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
    return messagesOf(this.serviceRegistry.getServices(uri), uri, () =>
      super.parseAsync<T>(uri, text, cancellationToken).then((result) => this.remembered(uri, result)),
    );
  }

  /** As Langium's, and parsed again when the text is the same but its folder's locale is not (a gea.yaml changed). */
  override async update<T extends AstNode = AstNode>(
    document: Mutable<LangiumDocument<T>>,
    cancellationToken: CancellationToken,
  ): Promise<LangiumDocument<T>> {
    const before = document.parseResult;
    const updated = (await super.update(document, cancellationToken)) as Mutable<LangiumDocument<T>>;
    const locale = localeOf(this.serviceRegistry.getServices(document.uri), document.uri);
    if (updated.parseResult === before && locale !== undefined && this.spoken.get(before) !== locale) {
      updated.parseResult = await this.parseAsync<T>(document.uri, updated.textDocument.getText(), cancellationToken);
      (updated.parseResult.value as Mutable<AstNode>).$document = updated;
    }
    return updated;
  }

  private remembered<T extends AstNode>(uri: URI, result: ParseResult<T>): ParseResult<T> {
    const locale = localeOf(this.serviceRegistry.getServices(uri), uri);
    if (locale !== undefined) this.spoken.set(result, locale);
    return result;
  }
}

/** The locale of the document at `uri`'s messages, when its services are gea's. */
function localeOf(services: object, uri: URI): string | undefined {
  return (services as { syntax?: { Messages?: SyntaxMessages } }).syntax?.Messages?.wordsOf(uri.toString()).locale;
}

/** Runs `work` in the locale of the document at `uri`, when its services are gea's. */
export function messagesOf<T>(services: object, uri: URI, work: () => T): T {
  const messages = (services as { syntax?: { Messages?: SyntaxMessages } }).syntax?.Messages;
  return messages ? messages.forDocument(uri.toString(), work) : work();
}
