// The locale of the extension's own words (status bar, preview, commands): the `gea.locale`
// setting, else the one the language server speaks (GEA_LOCALE, else gea.yaml's `locale`), so that
// they read as the findings do; the editor's language only before the server has said.

/** The server's locale, as it says it in `initialize`'s capabilities (`experimental.gea.locale`). */
export function serverLocaleOf(capabilities: unknown): string | undefined {
  const experimental = (capabilities as { experimental?: { gea?: { locale?: unknown } } } | undefined)?.experimental;
  const locale = experimental?.gea?.locale;
  return typeof locale === 'string' && locale !== '' ? locale : undefined;
}

export function wordsLocale(setting: string | undefined, capabilities: unknown, editorLanguage: string): string {
  return setting || serverLocaleOf(capabilities) || editorLanguage;
}
