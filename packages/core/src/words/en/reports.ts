// English words of the reports: the gap analysis between plateaus, `gea diff`, the findings report,
// the agency scorecard and the signature map, and what the `gap` and `diff` commands say. Model
// names and ids come in as they are; the renderers quote and escape them.

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

export const reports = {
  /** Column and label words every report shares. */
  common: {
    name: 'Name',
    id: 'Id',
    kind: 'Kind',
    element: 'Element',
    agency: 'Agency',
    rule: 'Rule',
    severity: 'Severity',
    message: 'Message',
    where: 'Where',
    plateaus: 'Plateaus',
    waiver: 'Waiver',
    reason: 'Reason',
    until: 'Until',
    count: 'Count',
    total: 'Total',
    none: 'none',
    present: 'yes',
    absent: '—',
    noAgency: 'Not tied to an agency',
    /** A line that says a long list was cut. */
    more: ({ count }: { count: number }) => `… and ${count} more`,
    severities: { error: 'error', warning: 'warning', info: 'info' },
    severitiesPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
    waived: 'Waived',
    /** Element kinds as column headings. */
    kinds: {
      law: 'Laws',
      plateau: 'Plateaus',
      agency: 'Agencies',
      platform: 'Platforms',
      trust: 'Trust services',
      data: 'Data assets',
      system: 'Systems',
      interface: 'Interfaces',
      view: 'Views',
      waiver: 'Waivers',
    },
  },

  gap: {
    title: ({ from, to }: { from: string; to: string }) => `Gap analysis: ${from} → ${to}`,
    intro: ({ from, to }: { from: string; to: string }) =>
      `What changes in the architecture from ${from} to ${to}: what is kept, new, eliminated and changed in each layer, the potential gaps to close, and the findings the move resolves, keeps and brings.`,
    summary: 'Summary',
    layers: {
      agencies: 'Agencies',
      data: 'Data',
      applications: 'Applications (systems and interfaces)',
      technology: 'Technology (platforms and trust services)',
    },
    layer: 'Layer',
    categories: { kept: 'Kept', new: 'New', eliminated: 'Eliminated', changed: 'Changed' },
    status: 'Status',
    matrix: 'Gap matrix',
    changes: 'Changes',
    property: 'Property',
    before: 'Before',
    after: 'After',
    added: 'added',
    removed: 'removed',
    unstated: '(not stated)',
    noChanges: 'Nothing changes.',
    potentialGaps: 'Potential gaps',
    noPotentialGaps: 'No potential gaps.',
    gapKinds: {
      'no-master': 'Data assets left without a master',
      'broken-exchange': 'Consumers of eliminated interfaces with no replacement',
      'dangling-dependency': 'Dependencies on eliminated elements',
      'waiver-ends': 'Waivers that end',
    },
    findings: 'Findings',
    findingKinds: { resolved: 'Resolved', remaining: 'Remaining', new: 'New' },
    noFindings: 'None.',
    /** Potential gaps: what is wrong and what to do. */
    noMaster: ({ data, masters, from, to }: { data: string; masters: string; from: string; to: string }) =>
      `data asset \`${data}\` is mastered by ${masters} at \`${from}\` but has no master at \`${to}\`; add \`masters ${data}\` to the system that will be its authoritative source at \`${to}\``,
    brokenExchange: ({ system, api, fields, from, to }: { system: string; api: string; fields: string; from: string; to: string }) =>
      `system \`${system}\` consumes interface \`${api}\` at \`${from}\`, which is eliminated by \`${to}\`, and no interface at \`${to}\` carries the same fields (${fields}); provide one at \`${to}\` that carries them and have \`${system}\` consume it`,
    danglingDependency: ({ element, statement, target, to }: { element: string; statement: string; target: string; to: string }) =>
      `\`${element}\` still refers to \`${target}\` (\`${statement}\`) at \`${to}\`, but \`${target}\` is eliminated by then; point it at what replaces \`${target}\`, or end it with \`until ${to}\``,
    waiverEndsHolding: ({
      waiver,
      rule,
      element,
      to,
      holding,
    }: {
      waiver: string;
      rule: string;
      element: string;
      to: string;
      holding: number;
    }) =>
      `waiver \`${waiver}\` (\`${rule}\` on \`${element}\`) ends at \`${to}\`, but ${plural(holding, 'finding')} it covers still ${holding === 1 ? 'holds' : 'hold'} there; fix ${holding === 1 ? 'it' : 'them'} before \`${to}\`, or extend the waiver`,
    waiverEndsCoveringNone: ({ waiver, rule, element, to }: { waiver: string; rule: string; element: string; to: string }) =>
      `waiver \`${waiver}\` (\`${rule}\` on \`${element}\`) ends at \`${to}\`; it covers no finding, so nothing is left to fix there`,
    waiverEndsResolved: ({
      waiver,
      rule,
      element,
      to,
      covered,
    }: {
      waiver: string;
      rule: string;
      element: string;
      to: string;
      covered: number;
    }) =>
      `waiver \`${waiver}\` (\`${rule}\` on \`${element}\`) ends at \`${to}\`; the ${plural(covered, 'finding')} it covers no longer ${covered === 1 ? 'holds' : 'hold'} there, provided the migration is delivered as modelled`,
  },

  findings: {
    title: 'Findings',
    summary: ({ error, warning, info, waived, files }: { error: number; warning: number; info: number; waived: number; files: number }) =>
      `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info', 'infos')} and ${waived} waived in ${plural(files, 'file')}.`,
    noFindings: 'No findings.',
  },

  scorecard: {
    title: 'Agency scorecard',
    intro: ({ rules }: { rules: number }) =>
      `Each agency's elements (every plateau), the findings on them by severity, its waivers, and the share of the ${rules} rules in force that report no error or warning on its elements. Worst first.`,
    rulesPassed: 'Rules passed',
    waivers: 'Waivers',
    failingRules: 'Rules not passed',
    details: 'Details',
    unassigned: ({ error, warning, info }: { error: number; warning: number; info: number }) =>
      `Findings not tied to an agency: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info', 'infos')}.`,
  },

  signatures: {
    title: 'Signature map',
    intro: ({ date }: { date: string }) =>
      `The trust services and certificates that signatures, seals and verifications depend on, with each certificate's validity on the evaluation date ${date}; then what each system signs.`,
    summary: ({
      trusts,
      certificates,
      signatures,
      expired,
      expiring,
    }: {
      trusts: number;
      certificates: number;
      signatures: number;
      expired: number;
      expiring: number;
    }) =>
      `${plural(trusts, 'trust service')}, ${plural(certificates, 'certificate')}, ${plural(signatures, 'signature')}; ${expired} expired, ${expiring} expiring within 90 days.`,
    trustServices: 'Trust services',
    systems: 'Systems',
    certificate: 'Certificate',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    daysLeft: 'Days left',
    status: 'Status',
    statuses: {
      valid: 'valid',
      expiring: 'expires within 90 days',
      expired: 'expired',
      'not-yet-valid': 'not yet valid',
      unknown: 'dates not stated',
    },
    dependents: 'Depending on it',
    signer: 'Signer',
    signing: 'Signature',
    signingKinds: { signs: 'signs', seals: 'seals', verifies: 'verifies', message: 'signs messages' },
    document: 'Document',
    level: 'Level',
    format: 'Format',
    with: 'With',
    timestamp: 'Timestamp',
    through: 'Through',
    direct: 'directly',
    issuer: 'Issuer',
    accredited: 'accredited',
    noSignatures: 'No signatures depend on it.',
    noCertificates: 'No certificates stated.',
  },

  diff: {
    title: ({ base }: { base: string }) => `Architecture change against ${base}`,
    mergeBaseWith: ({ branch }: { branch: string }) => `the merge base with ${branch}`,
    summary: ({ added, removed, changed }: { added: number; removed: number; changed: number }) =>
      `${plural(added, 'element')} added, ${removed} removed, ${changed} changed`,
    findingsSummary: ({ fresh, errors, resolved }: { fresh: number; errors: number; resolved: number }) =>
      `${plural(fresh, 'new finding')} (${plural(errors, 'error')}), ${resolved} resolved`,
    viewsSummary: ({ changed, added, removed }: { changed: number; added: number; removed: number }) =>
      `views: ${changed} changed, ${added} added, ${removed} removed`,
    noChange: 'No change to the architecture.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    elements: ({ count }: { count: number }) => `Elements (${count})`,
    newFindings: ({ count }: { count: number }) => `New findings (${count})`,
    nowErrorsSummary: ({ count }: { count: number }) => `${plural(count, 'finding')} now ${count === 1 ? 'an error' : 'errors'}`,
    nowErrors: ({ count }: { count: number }) => `Findings that are errors now (${count})`,
    resolvedFindings: ({ count }: { count: number }) => `Resolved findings (${count})`,
    views: ({ count }: { count: number }) => `Views whose content changed (${count})`,
    newErrors: ({ count }: { count: number }) => `This change adds ${plural(count, 'error')}.`,
    noModelAtBase: 'The model did not exist at the base revision: everything is new.',
    plateauBorrowed: ({ plateau, date, side }: { plateau: string; date: string; side: 'base' | 'head' }) =>
      side === 'base'
        ? `Plateau \`${plateau}\` is not declared at the base revision: the base is compared at its date, ${date}.`
        : `Plateau \`${plateau}\` is not declared in the working tree: the working tree is compared at its date at the base, ${date}.`,
    moreInJson: ({ more }: { more: string }) => `${more}. The whole list: \`gea diff --format json\`.`,
  },

  /** The `gap` and `diff` commands: help, and what goes wrong. */
  commands: {
    gap: 'the gap analysis between two plateaus: kept, new, eliminated, changed, potential gaps, findings',
    fromArgument: 'the earlier plateau',
    toArgument: 'the later plateau',
    diff: 'what a change does to the architecture: the model at a git revision against the working tree',
    baseArgument: 'the git revision to compare with: a branch, tag or commit (default: the merge base with the default branch)',
    failOnOption: 'exit 1 when the change adds errors (`new-errors`)',
    linkBaseOption: 'prefix of links to source lines (e.g. https://host/group/repo/-/blob/SHA/); relative paths by default',
    diffPlateauOption: 'compare the model at this plateau only (default: every plateau)',
    samePlateau: ({ plateau }: { plateau: string }) => `the gap is between two plateaus; \`${plateau}\` was given twice`,
    failOnTakes: ({ value }: { value: string }) => `--fail-on takes \`new-errors\`, not \`${value}\``,
    notInRepository: ({ path }: { path: string }) =>
      `${path} is not in a git repository; \`gea diff\` compares the working tree with a git revision`,
    unknownRevision: ({ revision }: { revision: string }) =>
      `no git revision \`${revision}\`; give a branch, a tag or a commit (fetch it first in a shallow clone)`,
    noDefaultBranch: 'cannot tell the default branch (no origin/HEAD, main or master); give the revision to compare with: `gea diff main`',
    gitFailed: ({ command, detail }: { command: string; detail: string }) => `\`git ${command}\` failed: ${detail}`,
  },
};
