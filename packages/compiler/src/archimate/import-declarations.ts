// One imported element as a gea declaration: its names and descriptions in every locale, the
// properties gea reads for its kind (each value checked; one that does not read is kept as
// `meta`), its references and statements from the relationships, and its lifecycle.
import { type ExchangeProperty, type ExchangeRelationship } from './exchange.js';
import { block, commaList, inline, parens, ref, str, word, type GeaDeclaration, type Line, type Piece } from './gea-source.js';
import { isIdentifier } from './identifiers.js';
import { labelOf, slug, type Imported, type ImportedModel, type ImportNote, type SingleStatement } from './import-exchange.js';
import { isKnownKey, KEY, META_PREFIX, sameKey, SPECIALIZATIONS } from './mapping.js';
import {
  DURATION,
  identifierList,
  PERCENT,
  RATE,
  readCertificate,
  readEvent,
  readField,
  readFieldNames,
  readLegalBasis,
  readLifecycle,
  readOperation,
  readSignature,
  readWaiver,
  referenceList,
  vocabularyList,
  vocabularyValue,
  type ReadContext,
} from './read-values.js';
import { isCalendarDate } from '@gea-arch/core';

export interface DeclarationContext {
  readonly model: ImportedModel;
  readonly read: ReadContext;
  /** Notes whose file is the declaration's, filled in once files are made. */
  readonly pending: Map<ImportNote, Imported>;
}

/** The element's declaration, then the waivers written on it (`gea waiver`), each `on` it. */
export function declarationsOf(imported: Imported, context: DeclarationContext): GeaDeclaration[] {
  const builder = new DeclarationBuilder(imported, context);
  return [builder.build(), ...builder.waivers];
}

class DeclarationBuilder {
  private readonly remaining: ExchangeProperty[];
  private readonly comments: string[];
  private readonly metaEntries: [string, string][] = [];
  /** How the file spells the properties taken, by gea's name for them. */
  private readonly asWritten = new Map<string, string>();
  private readonly locale: (text: { readonly lang?: string }) => string | undefined;

  constructor(
    private readonly imported: Imported,
    private readonly context: DeclarationContext,
  ) {
    this.remaining = [...imported.element.properties];
    this.comments = [...imported.comments];
    this.locale = context.model.localeOf;
  }

  /** The waivers of rules on this element, declared beside it (its namespace, the waiver's own name). */
  readonly waivers: GeaDeclaration[] = [];

  build(): GeaDeclaration {
    const { imported } = this;
    const { names, title } = this.names();
    this.take(KEY.derived);
    for (const value of this.take(KEY.waiver)) {
      const waiver = readWaiver(value, this.context.read);
      if (!waiver) {
        this.meta(KEY.waiver, value, true);
        continue;
      }
      const namespace = imported.name.includes('.') ? imported.name.slice(0, imported.name.lastIndexOf('.') + 1) : '';
      this.waivers.push({
        keyword: 'waiver',
        name: `${namespace}${waiver.name.slice(waiver.name.lastIndexOf('.') + 1)}`,
        ...(waiver.title !== undefined ? { title: waiver.title } : {}),
        lines: [
          [word('rule'), word(waiver.rule)],
          [word('on'), ref(imported.name)],
          [word('reason'), str(waiver.reason)],
          ...(waiver.until !== undefined ? [[word('until'), ref(waiver.until)]] : []),
        ],
        comments: [],
      });
    }
    const body = this.body();
    const legal = imported.legalBases.map(({ law, relationship }) => {
      const article = propertyOf(relationship, KEY.article);
      this.statementDetails(`legal-basis ${law.name}`, relationship, withoutKeys(relationship, [KEY.statement, KEY.article]));
      return [word('legal-basis'), ref(law.name), ...(article !== undefined ? [str(article)] : [])];
    });
    // What the relationships behind `owner`, `provider`, … say besides the reference.
    for (const [statement, relationship] of Object.entries(imported.linkRelationships)) {
      this.statementDetails(
        `${statement} ${imported.links[statement as SingleStatement]!.name}`,
        relationship,
        withoutKeys(relationship, [KEY.statement]),
      );
    }
    const statements = imported.statements.map((statement) => this.statementLine(statement));
    const tail = this.tail();
    return {
      keyword: imported.kind,
      name: imported.name,
      ...(title !== undefined ? { title } : {}),
      lines: [...names, ...body, ...legal, ...statements, ...tail],
      comments: this.comments,
    };
  }

  // --- names and descriptions -------------------------------------------------------------

  private names(): { names: Line[]; title?: string } {
    const { element, geaName } = this.imported;
    const { defaultLocale } = this.context.model;
    const lines: Line[] = [];
    // gea names an untitled declaration by its identifier, without a language.
    const untitled =
      geaName !== undefined &&
      element.names.length === 1 &&
      element.names[0]!.lang === undefined &&
      element.names[0]!.text === geaName.split('.').pop();
    const keep = (code: 'extraName' | 'extraDescription') => (text: { text: string; lang?: string }) => {
      this.comments.push(`${code === 'extraName' ? 'name' : 'description'}${text.lang ? ` ${text.lang}` : ''}: ${text.text}`);
      const note: ImportNote = { code, params: { element: labelOf(element), lang: text.lang ?? '', text: text.text, file: '' } };
      this.context.model.notes.push(note);
      this.context.pending.set(note, this.imported);
    };
    const names = firstPerLocale(element.names, this.locale, keep('extraName'));
    const title = untitled ? undefined : names.get(defaultLocale);
    for (const [locale, text] of sortedOthers(names, defaultLocale)) lines.push([word('name'), word(locale), str(text)]);
    const descriptions = firstPerLocale(element.documentation, this.locale, keep('extraDescription'));
    const description = descriptions.get(defaultLocale);
    if (description !== undefined) lines.push([word('description'), str(description)]);
    for (const [locale, text] of sortedOthers(descriptions, defaultLocale)) lines.push([word('description'), word(locale), str(text)]);
    return { names: lines, ...(title !== undefined ? { title } : {}) };
  }

  // --- the properties of each kind --------------------------------------------------------

  private body(): Line[] {
    const lines: Line[] = [];
    const { imported } = this;
    const link = (statement: keyof Imported['links'], keyword = statement) => {
      const target = imported.links[statement];
      if (target) lines.push([word(keyword), ref(target.name)]);
    };
    switch (imported.kind) {
      case 'law':
        this.value(lines, KEY.enacted, 'enacted', (value) => (isCalendarDate(value) ? [word(value)] : undefined));
        break;
      case 'plateau': {
        const made = this.context.model.plateauDates.get(imported);
        if (made) {
          this.comments.push(`date ${made} was made up by the import: the file gives this plateau none`);
          lines.push([word('date'), word(made)]);
        } else this.value(lines, KEY.date, 'date', (value) => (isCalendarDate(value) ? [word(value)] : undefined));
        break;
      }
      case 'agency':
        this.vocabulary(lines, 'agencyKind', 'kind');
        link('parent');
        this.text(lines, KEY.acronym, 'acronym');
        this.text(lines, KEY.registryCode, 'registry-code');
        this.text(lines, KEY.contact, 'contact');
        break;
      case 'platform':
        this.specialization(SPECIALIZATIONS.platform);
        this.vocabulary(lines, 'platformKind', 'kind');
        link('operator');
        this.sla(lines);
        break;
      case 'trust':
        this.specialization(SPECIALIZATIONS.trust);
        this.vocabulary(lines, 'trustKind', 'kind');
        link('operator');
        this.flag(lines, KEY.accredited, 'accredited');
        this.value(lines, KEY.levels, 'levels', (value) => list(vocabularyList('signatureLevel', value)));
        this.value(lines, KEY.formats, 'formats', (value) => list(vocabularyList('signatureFormat', value)));
        for (const value of this.take(KEY.certificate)) this.orMeta(lines, KEY.certificate, value, readCertificate(value));
        link('issuer');
        break;
      case 'data':
        this.data(lines);
        break;
      case 'system':
        link('owner');
        link('operator');
        this.vocabulary(lines, 'criticality', 'criticality', KEY.criticality);
        link('hosting');
        break;
      case 'interface':
        this.api(lines);
        break;
      case 'view':
        this.view(lines);
        break;
    }
    return lines;
  }

  private view(lines: Line[]): void {
    const { read } = this.context;
    const before = lines.length;
    this.vocabulary(lines, 'viewKind', 'kind', KEY.viewKind);
    // A view says what it draws (decision 0069): one without a kind gea knows was drawn as a landscape.
    if (lines.length === before) lines.push([word('kind'), word('landscape')]);
    this.value(lines, KEY.of, 'of', (value) => refs(referenceList(value, read), 1));
    this.value(lines, KEY.at, 'at', (value) => refs(referenceList(value, read, ['plateau']), 1));
    this.value(lines, KEY.compare, 'compare', (value) => {
      const plateaus = referenceList(value.replace(/\s+/g, ','), read, ['plateau']);
      return plateaus && plateaus.length <= 2 ? plateaus.map(ref) : undefined;
    });
    this.value(lines, KEY.include, 'include', (value) => refs(referenceList(value, read), Infinity));
    this.value(lines, KEY.exclude, 'exclude', (value) => refs(referenceList(value, read), Infinity));
    this.vocabulary(lines, 'groupBy', 'group-by', KEY.groupBy);
    this.value(lines, KEY.depth, 'depth', (value) => (/^[0-9]+$/.test(value) ? [word(value)] : undefined));
  }

  private data(lines: Line[]): void {
    const { imported } = this;
    if (imported.links.owner) lines.push([word('owner'), ref(imported.links.owner.name)]);
    const hasKind = this.remaining.some((property) => sameKey(property.key, KEY.kind));
    if (!hasKind && (imported.element.type === 'BusinessObject' || imported.element.type === 'Contract'))
      lines.push([word('kind'), word('document')]);
    else this.vocabulary(lines, 'dataKind', 'kind');
    this.flag(lines, KEY.baseRegistry, 'base-registry');
    this.vocabulary(lines, 'classification', 'classification', KEY.classification);
    // gea writes the asset's own `privacy`, and `personal data` for what the asset and its fields
    // hold together; another tool's `personal data` is the asset's own (often yes or no).
    const privacyOf = (value: string) =>
      vocabularyValue('privacy', value) ??
      ({ yes: 'personal', true: 'personal', no: 'none', false: 'none' } as const)[value.toLowerCase() as 'yes'];
    const readPrivacy = (value: string) => {
      const privacy = privacyOf(value);
      return privacy ? [word(privacy)] : undefined;
    };
    if (this.remaining.some((property) => sameKey(property.key, KEY.privacy))) {
      this.value(lines, KEY.privacy, 'privacy', readPrivacy);
      this.takeOne(KEY.personalData);
    } else if (this.remaining.some((property) => sameKey(property.key, KEY.field) && flagsPersonal(property.value))) {
      this.takeOne(KEY.personalData);
    } else if (this.remaining.some((property) => sameKey(property.key, KEY.personalData) && privacyOf(property.value.trim()) === 'none')) {
      // `none`, as gea writes for an asset with no personal data: the default, not written.
      this.takeOne(KEY.personalData);
    } else this.value(lines, KEY.personalData, 'privacy', readPrivacy);
    this.flag(lines, KEY.legallyBinding, 'legally-binding');
    this.vocabulary(lines, 'documentFormat', 'format', KEY.documentFormat);
    this.value(lines, KEY.retention, 'retention', (value) => (DURATION.test(value) ? [word(value)] : undefined));
    for (const value of this.take(KEY.field)) this.orMeta(lines, KEY.field, value, readField(value, this.context.read)?.line);
    const open: Line[] = [];
    this.text(open, KEY.openLicense, 'license');
    this.value(open, KEY.openPublisher, 'publisher', (value) => refs(referenceList(value, this.context.read, ['agency']), 1));
    this.vocabulary(open, 'cadence', 'cadence', KEY.openCadence);
    const formats = this.takeOne(KEY.openFormats);
    if (formats !== undefined) {
      const values = formats.trim() === '' ? [] : vocabularyList('openFormat', formats);
      if (values === undefined) this.meta(KEY.openFormats, formats, true);
      else if (values.length > 0) open.push([word('formats'), ...commaList(values, word)]);
    }
    if (open.length > 0 || formats !== undefined) lines.push([word('open'), inline(open.flat())]);
  }

  private api(lines: Line[]): void {
    const { imported } = this;
    if (imported.links.provider) lines.push([word('provider'), ref(imported.links.provider.name)]);
    if (imported.links.via) lines.push([word('via'), ref(imported.links.via.name)]);
    this.vocabulary(lines, 'style', 'style', KEY.style);
    this.text(lines, KEY.version, 'version');
    this.vocabulary(lines, 'classification', 'classification', KEY.classification);
    // What the interface's payloads carry, written by gea's export: read again from the fields.
    this.takeOne(KEY.personalData);
    this.value(lines, KEY.consent, 'consent', (value) => list(vocabularyList('consent', value)));
    this.vocabulary(lines, 'auth', 'auth', KEY.auth);
    this.sla(lines);
    const signature = this.takeOne(KEY.signature);
    if (signature !== undefined) {
      const members = readSignature(signature, this.context.read);
      if (members) lines.push([word('signature'), inline(members.flat())]);
      else this.meta(KEY.signature, signature, true);
    }
    this.flag(lines, KEY.deprecated, 'deprecated');
    for (const value of this.take(KEY.operation)) this.orMeta(lines, KEY.operation, value, readOperation(value, this.context.read));
    for (const value of this.take(KEY.event)) this.orMeta(lines, KEY.event, value, readEvent(value, this.context.read));
  }

  private sla(lines: Line[]): void {
    const members: Line[] = [];
    this.value(members, KEY.availability, 'availability', (value) => (PERCENT.test(value) ? [word(value)] : undefined));
    this.value(members, KEY.latency, 'latency', (value) => (DURATION.test(value) ? [word(value)] : undefined));
    this.value(members, KEY.throughput, 'throughput', (value) => (RATE.test(value) ? [word(value)] : undefined));
    this.text(members, KEY.support, 'support');
    if (members.length > 0) lines.push([word('sla'), inline(members.flat())]);
  }

  // --- statements -------------------------------------------------------------------------

  private statementLine(statement: Imported['statements'][number]): Line {
    const { kind, other, relationship } = statement;
    const properties = [...relationship.properties.filter((property) => !sameKey(property.key, KEY.statement))];
    const take = (key: string) => {
      const index = properties.findIndex((property) => sameKey(property.key, key));
      return index < 0 ? undefined : properties.splice(index, 1)[0]!.value;
    };
    const takeAll = (key: string) => {
      const values = properties.filter((property) => sameKey(property.key, key)).map((property) => property.value);
      for (let index = properties.length - 1; index >= 0; index--) if (sameKey(properties[index]!.key, key)) properties.splice(index, 1);
      return values;
    };
    // A relationship's name says what the link is for: a consumption's purpose, a dependency's `what`.
    const names = [...relationship.names];
    const named = () => names.shift()?.text;
    const lifecycleText = take(KEY.lifecycle);
    const lifecycle = lifecycleText !== undefined ? readLifecycle(lifecycleText, this.context.read) : undefined;
    if (lifecycleText !== undefined && !lifecycle) properties.push({ key: KEY.lifecycle, value: lifecycleText });
    const lifecycleLines = lifecycle ? splitLifecycle(lifecycle) : [];
    let line: Piece[];
    switch (kind) {
      case 'masters':
      case 'uses':
        line = [word(kind), ref(other.name), ...(lifecycle ? [parens(lifecycle)] : [])];
        break;
      case 'stores': {
        const fieldsText = take(KEY.fields);
        const fields = fieldsText !== undefined ? readFieldNames(fieldsText, other.name, this.context.read) : undefined;
        if (fieldsText !== undefined && !fields) properties.push({ key: KEY.fields, value: fieldsText });
        line = [word('stores'), ref(other.name), ...(fields ? [inline(fields)] : []), ...(lifecycle ? [parens(lifecycle)] : [])];
        break;
      }
      case 'consumes': {
        const members: Line[] = [];
        const purpose = take(KEY.purpose) ?? named();
        if (purpose !== undefined) members.push([word('purpose'), str(purpose)]);
        for (const value of takeAll(KEY.legalBasis)) {
          const basis = readLegalBasis(value, this.context.read);
          if (basis) members.push([word('legal-basis'), ...basis]);
          else properties.push({ key: KEY.legalBasis, value });
        }
        const agreement = take(KEY.agreement);
        if (agreement !== undefined) members.push([word('agreement'), str(agreement)]);
        const consentText = take(KEY.consent);
        const consent = consentText !== undefined ? vocabularyList('consent', consentText) : undefined;
        if (consent) members.push([word('consent'), ...commaList(consent, word)]);
        else if (consentText !== undefined) properties.push({ key: KEY.consent, value: consentText });
        members.push(...lifecycleLines);
        line = [word('consumes'), ref(other.name), ...(members.length > 0 ? [block(members)] : [])];
        break;
      }
      case 'depends-on': {
        const what = take(KEY.what) ?? named();
        const kindText = take(KEY.dependencyKind);
        const dependency = kindText !== undefined ? vocabularyValue('dependencyKind', kindText) : undefined;
        if (kindText !== undefined && !dependency) properties.push({ key: KEY.dependencyKind, value: kindText });
        const members: Line[] = [...(dependency ? [[word('kind'), word(dependency)]] : []), ...lifecycleLines];
        line = [
          word('depends-on'),
          ref(other.name),
          ...(what !== undefined ? [str(what)] : []),
          ...(members.length > 0 ? [inline(members.flat())] : []),
        ];
        break;
      }
      case 'signs':
      case 'seals':
      case 'verifies': {
        const signatureText = take(KEY.signature);
        const signature = signatureText !== undefined ? readSignature(signatureText, this.context.read) : [];
        if (!signature) properties.push({ key: KEY.signature, value: signatureText! });
        const members = [...(signature ?? []), ...lifecycleLines];
        line = [word(kind), ref(other.name), ...(members.length > 0 ? [inline(members.flat())] : [])];
        break;
      }
    }
    this.statementDetails(`${kind} ${other.name}`, { ...relationship, names }, properties);
    return line;
  }

  /** What a relationship says beyond its statement (a name, documentation, other properties): comments. */
  private statementDetails(statement: string, relationship: ExchangeRelationship, properties: readonly ExchangeProperty[]): void {
    const details: [string, string][] = [
      ...relationship.names.map((name): [string, string] => ['name', name.text]),
      ...relationship.documentation.map((text): [string, string] => ['documentation', text.text]),
      ...properties.map((property): [string, string] => [property.key, property.value]),
    ];
    for (const [key, value] of details) {
      this.comments.push(`${statement}: ${key}: ${value}`);
      const note: ImportNote = { code: 'statementDetail', params: { element: labelOf(this.imported.element), statement, key, file: '' } };
      this.context.model.notes.push(note);
      this.context.pending.set(note, this.imported);
    }
  }

  // --- common properties, meta ------------------------------------------------------------

  private tail(): Line[] {
    const lines: Line[] = [];
    const { imported } = this;
    const lifecycleText = this.takeOne(KEY.lifecycle);
    if (lifecycleText !== undefined) {
      const lifecycle = readLifecycle(lifecycleText, this.context.read);
      if (lifecycle) lines.push(...splitLifecycle(lifecycle));
      else this.meta(KEY.lifecycle, lifecycleText, true);
    } else if (imported.plateauLifecycle) {
      const { from, until } = imported.plateauLifecycle;
      if (from) lines.push([word('from'), ref(from.name)]);
      if (until) lines.push([word('until'), ref(until.name)]);
    }
    this.value(lines, KEY.tags, 'tags', (value) => list(identifierList(value)));
    this.text(lines, KEY.url, 'url');
    // Whatever is left is kept as `meta`.
    for (const property of [...this.remaining]) {
      this.remaining.splice(this.remaining.indexOf(property), 1);
      this.meta(property.key, property.value, false);
    }
    if (this.metaEntries.length > 0) lines.push([word('meta'), block(this.metaEntries.map(([key, value]) => [word(key), str(value)]))]);
    return lines;
  }

  /** Keeps a property as a `meta` entry, and notes it unless gea wrote it as one. */
  private meta(canonical: string, value: string, unreadable: boolean): void {
    // Said as the file writes it (`Personal Data`), not as gea does.
    const key = this.asWritten.get(canonical) ?? canonical;
    const gea = this.imported.geaName !== undefined;
    const bare = key.startsWith(META_PREFIX) ? key.slice(META_PREFIX.length) : key;
    let entry = isIdentifier(bare) ? bare : slug(bare, 'property');
    const base = entry;
    for (let count = 2; this.metaEntries.some(([taken]) => taken === entry); count++) entry = `${base}_${count}`;
    this.metaEntries.push([entry, value]);
    const known = isKnownKey(key);
    if (unreadable) this.note('propertyUnreadable', { element: labelOf(this.imported.element), key, value, meta: entry });
    else if (!gea || known || entry !== key.replace(META_PREFIX, ''))
      this.note('propertyAsMeta', { element: labelOf(this.imported.element), key, meta: entry });
  }

  private note(code: ImportNote['code'], params: Record<string, string>): void {
    this.context.model.notes.push({ code, params });
  }

  private take(key: string): string[] {
    const values: string[] = [];
    for (let index = 0; index < this.remaining.length;) {
      if (!sameKey(this.remaining[index]!.key, key)) {
        index++;
        continue;
      }
      const [property] = this.remaining.splice(index, 1);
      this.asWritten.set(key, property!.key);
      values.push(property!.value);
    }
    return values;
  }

  /** The first value of a single-valued property; any others stay for `meta`. */
  private takeOne(key: string): string | undefined {
    const index = this.remaining.findIndex((property) => sameKey(property.key, key));
    if (index < 0) return undefined;
    const [property] = this.remaining.splice(index, 1);
    this.asWritten.set(key, property!.key);
    return property!.value;
  }

  private value(lines: Line[], key: string, keyword: string, read: (value: string) => Piece[] | undefined): void {
    const value = this.takeOne(key);
    if (value === undefined) return;
    const pieces = read(value.trim());
    if (pieces) lines.push([word(keyword), ...pieces]);
    else this.meta(key, value, true);
  }

  private text(lines: Line[], key: string, keyword: string): void {
    this.value(lines, key, keyword, (value) => [str(value)]);
  }

  private vocabulary(lines: Line[], set: Parameters<typeof vocabularyValue>[0], keyword: string, key: string = KEY.kind): void {
    this.value(lines, key, keyword, (value) => {
      const known = vocabularyValue(set, value);
      return known ? [word(known)] : undefined;
    });
  }

  private flag(lines: Line[], key: string, keyword: string): void {
    const value = this.takeOne(key);
    if (value === undefined) return;
    const answer = value.trim().toLowerCase();
    if (answer === 'true') lines.push([word(keyword)]);
    else if (answer !== 'false') this.meta(key, value, true);
  }

  private specialization(expected: string): void {
    const value = this.takeOne(KEY.specialization);
    if (value !== undefined && !sameKey(value, expected)) this.meta('specialization', value, false);
  }

  private orMeta(lines: Line[], key: string, value: string, line: Line | undefined): void {
    if (line) lines.push(line);
    else this.meta(key, value, true);
  }
}

function withoutKeys(relationship: ExchangeRelationship, keys: readonly string[]): ExchangeProperty[] {
  return relationship.properties.filter((property) => !keys.some((key) => sameKey(property.key, key)));
}

function propertyOf(relationship: ExchangeRelationship, key: string): string | undefined {
  return relationship.properties.find((property) => sameKey(property.key, key))?.value;
}

/** The first text in each locale; `extra` is given the others, and those in no locale gea can write. */
function firstPerLocale(
  texts: readonly { text: string; lang?: string }[],
  locale: (text: { lang?: string }) => string | undefined,
  extra: (text: { text: string; lang?: string }) => void,
): Map<string, string> {
  const byLocale = new Map<string, string>();
  for (const text of texts) {
    const where = locale(text);
    if (where !== undefined && !byLocale.has(where)) byLocale.set(where, text.text);
    else extra(text);
  }
  return byLocale;
}

function sortedOthers(texts: ReadonlyMap<string, string>, defaultLocale: string): [string, string][] {
  return [...texts].filter(([locale]) => locale !== defaultLocale).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function list(values: readonly string[] | undefined): Piece[] | undefined {
  return values && values.length > 0 ? commaList(values, word) : undefined;
}

function refs(values: readonly string[] | undefined, most: number): Piece[] | undefined {
  return values && values.length > 0 && values.length <= most ? commaList(values, ref) : undefined;
}

/** `from a until b` pieces as a line each. */
function splitLifecycle(pieces: readonly Piece[]): Line[] {
  const lines: Line[] = [];
  for (let index = 0; index < pieces.length; index += 2) lines.push([pieces[index]!, pieces[index + 1]!]);
  return lines;
}

/** Whether a `field` property (`name type "label"? flags`) flags the field `personal` or `sensitive`. */
function flagsPersonal(field: string): boolean {
  const words = field
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .trim()
    .split(/\s+/);
  return words.slice(2).some((flag) => flag === 'personal' || flag === 'sensitive');
}
