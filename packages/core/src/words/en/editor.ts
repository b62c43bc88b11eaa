// English words of the editor: hovers, code actions, code lenses, the preview and the extension.

export const editor = {
  hover: {
    names: 'Names',
    owner: 'Owner',
    operator: 'Operator',
    provider: 'Provider',
    classification: 'Classification',
    privacy: 'Personal data',
    lifecycle: 'Lifecycle',
    /** "from `current` until `target`" */
    lifecycleSpan: ({ from, until }: { from?: string; until?: string }) =>
      [from ? `from \`${from}\`` : '', until ? `until \`${until}\`` : ''].filter(Boolean).join(' ') || 'at every plateau',
    description: 'Description',
    declaredIn: ({ path, line }: { path: string; line: number }) => `Declared in ${path}:${line}`,
    finding: ({ rule, severity }: { rule: string; severity: string }) => `Finding \`${rule}\` (${severity})`,
    waivedBy: ({ waiver }: { waiver: string }) => `Waived by \`${waiver}\``,
    /** The plateaus at which a finding holds, when not at every one: "Holds at `target`". */
    holdsAt: ({ plateaus }: { plateaus: string }) => `Holds at ${plateaus}`,
    rule: 'Rule',
    waivedElement: 'On',
    reason: 'Reason',
    date: 'Date',
    criticality: 'Criticality',
    kind: 'Kind',
    /** Over a rule id: "Rule `single-master` (error by default)". */
    ruleHeading: ({ rule, severity }: { rule: string; severity: string }) => `Rule \`${rule}\` (${severity} by default)`,
  },
  actions: {
    addName: ({ locale }: { locale: string }) => `Add \`name ${locale}\``,
    /** What the fix adds, as the statements' keywords in code: "Add `purpose`, `agreement` to this consumption". */
    addToConsumption: ({ statements }: { statements: string }) => `Add ${statements} to this consumption`,
    createWaiver: ({ rule, element }: { rule: string; element: string }) => `Waive \`${rule}\` on \`${element}\``,
    replaceWith: ({ name }: { name: string }) => `Replace with \`${name}\``,
    removeWaiver: ({ waiver }: { waiver: string }) => `Remove waiver \`${waiver}\``,
    waiverReason: 'Why this exception is accepted, who decided it and until when',
    purposePlaceholder: 'Why this system consumes the interface',
    agreementPlaceholder: 'Agreement reference',
  },
  rename: {
    notAnIdentifier: ({ name }: { name: string }) =>
      `\`${name}\` is not a name: a letter or \`_\` first, then letters, digits and \`_\` (a namespace is not renamed here)`,
    /** The new full name is another element's already. */
    taken: ({ fullName }: { fullName: string }) => `\`${fullName}\` is declared already; choose another name`,
    /** A reference would resolve to another element after the rename. */
    captured: ({ written, place, now, after }: { written: string; place: string; now: string; after: string }) =>
      `\`${written}\` at ${place} would mean \`${after}\`, not \`${now}\`; choose another name`,
  },
  lens: {
    previewDiagram: 'Preview diagram',
  },
  settings: {
    /** The editor's `gea.evaluationDate` is not a day on the calendar: it is left out. */
    dateIgnored: ({ date }: { date: string }) =>
      `gea.evaluationDate "${date}" is not a real day written YYYY-MM-DD; gea.yaml's evaluation-date (else today) is used`,
    /** gea.yaml's `locale`, which the server speaks, changed: its services speak one locale, so it takes a restart. */
    localeChanged: ({ locale }: { locale: string }) =>
      `gea.yaml now says locale ${locale}: restart the gea language server to have its messages in ${locale}, as gea check has them`,
  },
  preview: {
    title: ({ view }: { view: string }) => `Diagram: ${view}`,
    noView: 'No diagram for this place: put the cursor on a view, an agency, a system, a data asset or a platform.',
    failed: ({ reason }: { reason: string }) => `The diagram could not be drawn: ${reason}`,
  },
  status: {
    /** The status bar: "2 errors, 5 warnings". */
    counts: ({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
    tooltip: 'gea findings in this workspace; click to list them',
  },
  commands: {
    pickRule: 'Rule to explain',
    buildDone: ({ out }: { out: string }) => `gea build wrote ${out}`,
    buildFailed: ({ reason }: { reason: string }) => `gea build failed: ${reason}`,
    noSite: 'No site has been built yet: run "gea: Build" first.',
  },
  cli: {
    lsp: 'start the language server (for VS Code, Neovim, Emacs and any LSP editor)',
    stdioOption: 'talk over standard input and output (the only transport)',
    lspAtTerminal:
      'gea lsp is a language server: an editor starts it and talks to it over standard input and output (`gea lsp --stdio`). It is waiting for an editor now; press Ctrl+C to stop.',
    fmt: 'format .gea files canonically (the language server formats the same way)',
    fmtFiles: 'files or folders to format (default: the workspace in this folder)',
    checkOption: 'change nothing; list the files that are not formatted and exit 1 if there are any',
    reformatted: ({ path }: { path: string }) => `formatted ${path}`,
    wouldReformat: ({ path }: { path: string }) => `not formatted: ${path}`,
    notFormatted: ({ path, line, column, message }: { path: string; line: number; column: number; message: string }) =>
      `${path}:${line}:${column}: not formatted, it has a syntax error: ${message}`,
    summary: ({ changed, files }: { changed: number; files: number }) =>
      `${changed} of ${files} file${files === 1 ? '' : 's'} ${changed === 1 ? 'needs' : 'need'} formatting`,
  },
};
