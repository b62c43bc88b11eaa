// What each element of a model says, as a digest, and which elements it names. What a spec or a
// site page is made from is digested from these (`madeFrom`, lazy-files.ts), so that after an
// edit a build makes again only the files that could show something that changed.
// An element's digest covers what its own declaration says — names, fields, statements, the
// elements (and fields of other data assets) its references resolve to, written as their ids
// (what those say is theirs to digest).
// Left out: the statements of others that name it (an agency's systems, an interface's consumers:
// a file that shows them digests them itself; kept in, adding a system anywhere that uses the
// exchange platform would change every spec carried through it), and where things were written (a
// page that shows a position digests it itself; a line added above a declaration moves it).
// A build takes the walks of files unchanged since the last build from there (remembered-walks.ts).
import { createHash } from 'node:crypto';
import { emptyKindLists, reverseListsOf, type Element, type Field, type SemanticModel } from '@gea-arch/core';
import type { RememberedWalks, Walked } from './remembered-walks.js';

export interface ElementDigest {
  /** A digest of what the element's declaration says (its kind and id among it). */
  readonly digest: string;
  /** The same digest as eight 32-bit numbers, which `ofInputs` adds up. */
  readonly lanes: Uint32Array;
  /** The elements its references resolve to. */
  readonly names: ReadonlySet<Element>;
}

const POSITIONS: ReadonlySet<string> = new Set(['source', 'head', 'sources']);
const ELEMENT_KINDS: ReadonlySet<string> = new Set(Object.keys(emptyKindLists()));
/** Lists made from the element's own statements, which are digested where they are written. */
const DERIVED: Readonly<Record<string, readonly string[]>> = { interface: ['payloads'] };
/** What a digest leaves out of each kind: the lists of what names it (types.ts), and those derived. */
const LEFT_OUT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ELEMENT_KINDS].map((kind) => [kind, new Set([...reverseListsOf(kind as Element['kind']), ...(DERIVED[kind] ?? [])])]),
);
const NOTHING: ReadonlySet<string> = new Set();

const shared = new WeakMap<SemanticModel, ElementDigests>();

/**
 * Which elements a file reads in full, and in which locales it names the others: a spec shows the
 * names and descriptions of its interface and data assets in every locale, and of everything else
 * (the provider, platform, consumers, agencies) only the name in its own locale or the default one.
 */
export interface NamedIn {
  readonly locales: readonly string[];
  readonly inFull: (element: Element) => boolean;
}

/** What is known of one element: its walk, its digest, its digests as named in some locales only. */
interface Known {
  walked?: Walked;
  digest?: ElementDigest;
  /** By the number of the locales (ElementDigests `localeSets`). */
  readonly named: (Uint32Array | undefined)[];
  /** The last `ofInputs` that counted it. */
  counted: number;
}

/** Locales elements are named in (sorted, each once), and their number among the sets asked for. */
interface LocaleSet {
  readonly index: number;
  readonly kept: readonly string[];
}

/** Each element's digest, made once, when first asked. */
export class ElementDigests {
  private readonly known = new Map<Element, Known>();
  /** The sets of locales elements were named in, numbered, by the locales joined. */
  private readonly localeSets = new Map<string, LocaleSet>();
  /** Walks a build remembered from the last one (remembered-walks.ts). */
  private remembered?: RememberedWalks;
  /** How many times `ofInputs` was called: an element is counted once per call. */
  private calls = 0;

  /** The digests of a model's elements, shared by the sections of a build. */
  static of(model: SemanticModel): ElementDigests {
    let digests = shared.get(model);
    if (!digests) shared.set(model, (digests = new ElementDigests()));
    return digests;
  }

  /** Takes an element's walk from `walks` when it holds there, rather than walking the element. */
  remember(walks: RememberedWalks): this {
    this.remembered = walks;
    return this;
  }

  /** Every walk made or remembered so far, for the next build to remember. */
  walks(): ReadonlyMap<Element, Walked> {
    const walks = new Map<Element, Walked>();
    for (const [element, { walked }] of this.known) if (walked) walks.set(element, walked);
    return walks;
  }

  of(element: Element): ElementDigest {
    return this.digestOf(element, this.knownOf(element));
  }

  /** The element's digest without its descriptions and its names in other locales than `locales`. */
  namedDigest(element: Element, locales: readonly string[]): string {
    const lanes = this.namedLanes(element, this.knownOf(element), this.localeSet(locales));
    return Buffer.from(lanes.buffer, lanes.byteOffset, lanes.byteLength).toString('base64url');
  }

  private knownOf(element: Element): Known {
    let known = this.known.get(element);
    if (!known) this.known.set(element, (known = { named: [], counted: 0 }));
    return known;
  }

  private digestOf(element: Element, known: Known): ElementDigest {
    if (!known.digest) {
      const { rest, names } = this.walk(element, known);
      const bytes = headed(fullHead(element), rest);
      known.digest = { digest: bytes.toString('base64url'), lanes: lanesOf(bytes), names };
    }
    return known.digest;
  }

  /** The element's digest without its descriptions and its names in locales other than `localeSet`'s, as lanes. */
  private namedLanes(element: Element, known: Known, localeSet: LocaleSet): Uint32Array {
    let lanes = known.named[localeSet.index];
    if (!lanes) known.named[localeSet.index] = lanes = lanesOf(headed(namesHead(element, localeSet.kept), this.walk(element, known).rest));
    return lanes;
  }

  /** What the element says but its own names and descriptions, walked once for every digest of it. */
  private walk(element: Element, known: Known): Walked {
    return (known.walked ??= this.remembered?.walkOf(element) ?? walk(element));
  }

  /**
   * One digest of what a file is made from, whatever order its parts come in: elements it reads
   * (with every element they name), elements it only shows (a name, a link), and `more`. With
   * `namedIn`, the elements it does not read in full count as named in those locales only.
   * The elements' digests are added up, lane by lane, rather than listed sorted: a national build's
   * 30 500 pages and spec folders read 496 000 elements in all, and sorting their lines and hashing
   * them (32 million characters) took 0.2 s more. A sum of SHA-256 digests is the same for the same
   * set in any order, and differs for different sets but by chance (2⁻²⁵⁶). Each element is counted
   * once, marked with the call rather than gathered into a set first: 0.15 s less per national build.
   */
  ofInputs(read: Iterable<Element | undefined>, shown: Iterable<Element>, more: readonly string[], namedIn?: NamedIn): string {
    const call = ++this.calls;
    const localeSet = namedIn && this.localeSet(namedIn.locales);
    // Uint32Array keeps each lane's sum modulo 2³².
    const sum = new Uint32Array(LANES);
    let count = 0;
    const add = (element: Element, known: Known): void => {
      if (known.counted === call) return;
      known.counted = call;
      count++;
      const lanes =
        localeSet && !namedIn.inFull(element) ? this.namedLanes(element, known, localeSet) : this.digestOf(element, known).lanes;
      for (let lane = 0; lane < LANES; lane++) sum[lane]! += lanes[lane]!;
    };
    for (const element of shown) add(element, this.knownOf(element));
    for (const element of read) {
      if (!element) continue;
      const known = this.knownOf(element);
      add(element, known);
      for (const named of this.walk(element, known).names) add(named, this.knownOf(named));
    }
    // Each piece with its length, so that no two different lists write the same (JSON would escape
    // the quotes of a view's JSON all over again).
    let written = '';
    for (const piece of more) written += `${piece.length}:${piece}`;
    return createHash('sha256').update(written, TEXT).update(`${count};`).update(sum).digest('base64url');
  }

  private localeSet(locales: readonly string[]): LocaleSet {
    const key = locales.join('\n');
    let set = this.localeSets.get(key);
    if (!set) this.localeSets.set(key, (set = { index: this.localeSets.size, kept: [...new Set(locales)].sort() }));
    return set;
  }
}

/** A SHA-256 digest's 32 bytes as 32-bit numbers. */
const LANES = 8;

/**
 * How strings are hashed: as their UTF-16 code units. Hashing them as UTF-8 first encodes them,
 * which took three times as long for a national model's Cyrillic names (and maps every lone
 * surrogate to the same character).
 */
const TEXT = 'utf16le';

/** The element's digest: its own names and descriptions (`head`) and what else it says (`rest`). */
function headed(head: string, rest: Buffer): Buffer {
  return createHash('sha256').update(head, TEXT).update(rest).digest();
}

function lanesOf(bytes: Buffer): Uint32Array {
  const lanes = new Uint32Array(LANES);
  for (let lane = 0; lane < LANES; lane++) lanes[lane] = bytes.readUInt32LE(lane * 4);
  return lanes;
}

/** Every name and description of the element. */
function fullHead(element: Element): string {
  return `all${textsOf(element.names)}${textsOf(element.descriptions)}`;
}

/** The element's names in `locales` (sorted) only, no description. */
function namesHead(element: Element, locales: readonly string[]): string {
  let written = 'named{';
  for (const locale of locales) {
    const name = element.names[locale];
    if (name !== undefined) written += `${locale.length}:${locale}${name.length}:${name}`;
  }
  return `${written}}`;
}

function textsOf(byLocale: Readonly<Record<string, string>> | undefined): string {
  let written = '{';
  for (const locale in byLocale) {
    const text = byLocale[locale];
    if (text !== undefined) written += `${locale.length}:${locale}${text.length}:${text}`;
  }
  return `${written}}`;
}

/** What the element says but its own names and descriptions, hashed, and the elements it names. */
function walk(root: Element): Walked {
  const names = new Set<Element>();
  // Appended to one string (hashed once): a national model's elements are tens of megabytes of it.
  let written = '';
  // Every string is written with its length, so that no two different elements write the same.
  const text = (value: string) => void (written += `${value.length}:${value}`);
  const writeObject = (value: object, leftOut: ReadonlySet<string>): void => {
    written += '{';
    for (const key in value) {
      const property = (value as Record<string, unknown>)[key];
      if (property === undefined || POSITIONS.has(key) || leftOut.has(key)) continue;
      if (value === root && (key === 'descriptions' || key === 'names')) continue;
      // A signing statement's signature points back at the statement it is in.
      if (key === 'owner' && typeof property === 'object' && property !== null && 'signature' in property) continue;
      text(key);
      write(property);
    }
    written += '}';
  };
  const write = (value: unknown): void => {
    if (typeof value === 'string') return text(value);
    if (typeof value !== 'object' || value === null) return void (written += `${String(value)};`);
    if (value === root) return void (written += '^');
    if (Array.isArray(value)) {
      written += '[';
      for (const item of value) write(item);
      return void (written += ']');
    }
    if (isElement(value)) {
      names.add(value);
      return void (written += `#${value.kind} ${value.id.length}:${value.id}`);
    }
    // A field of another data asset (a payload's) is that asset's to digest, as an element is.
    if (isField(value) && value.data !== root) {
      names.add(value.data);
      return void (written += `&${value.data.id.length}:${value.data.id}${value.name.length}:${value.name}`);
    }
    writeObject(value, NOTHING);
  };
  writeObject(root, LEFT_OUT.get(root.kind)!);
  return { rest: createHash('sha256').update(written, TEXT).digest(), names };
}

function isField(value: object): value is Field {
  const { name, data } = value as { name?: unknown; data?: unknown };
  return (
    typeof name === 'string' && typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'data' && 'type' in value
  );
}

function isElement(value: object): value is Element {
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return typeof kind === 'string' && ELEMENT_KINDS.has(kind) && typeof id === 'string' && 'localName' in value;
}
