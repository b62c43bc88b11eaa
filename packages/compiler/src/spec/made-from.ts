// What the specs of an interface are made from, as a digest: staging links an interface's files
// unchanged while it is the digest recorded for them, without making them again (a national
// model's specs are 39 000 files, and an edit touches the exchanges of a few systems).
// The digest covers everything the spec writers read (exchange.ts gathers most of it): the
// interface, its provider, platform, consumers, the data assets it carries (with the assets their
// fields refer to) and the trust services of its signature; every element those name (a provider's
// agency, a law, a plateau); the masters of the carried assets; the order of the consumers; and
// the build's words, locales, evaluation date and gea itself. Of everything but the interface and
// its data assets the writers show a name in the spec's locale (else the default one), never a
// description: those elements count without their descriptions and other names, so renaming the
// exchange platform in English no longer makes every spec through it again. The test in
// test/build/made-from.test.ts edits the example model every way it can and checks that whenever a
// file changes, so does its digest.
import { ElementDigests, type NamedIn } from '../build/element-digests.js';
import type { SpecContext } from './context.js';
import type { Exchange } from './exchange.js';

export class SpecDigests {
  private readonly elements: ElementDigests;
  private readonly shared: string;
  /** The writers show the names and descriptions of the interface and its data in every locale, of all else a name (locales.ts `nameIn`). */
  private readonly namedIn: NamedIn;

  /** `madeWith`: which gea writes the specs (build-stamp.ts `toolIdentity`). */
  constructor(context: SpecContext, madeWith: string) {
    const { model } = context;
    this.elements = ElementDigests.of(model);
    const plateaus = model.plateaus.map((plateau) => `${plateau.id} ${this.elements.of(plateau).digest}`);
    this.shared = JSON.stringify([madeWith, context.locale, context.locales, context.evaluationDate, model.defaultLocale, plateaus]);
    this.namedIn = {
      locales: [...new Set([context.locale, model.defaultLocale])],
      inFull: (element) => element.kind === 'interface' || element.kind === 'data',
    };
  }

  /** The digest of everything an interface's specs are made from, made once, when first asked. */
  of(exchange: Exchange): () => string {
    let digest: string | undefined;
    return () => (digest ??= this.digestOf(exchange));
  }

  private digestOf(exchange: Exchange): string {
    const read = [
      exchange.api,
      exchange.provider,
      exchange.platform,
      ...exchange.consumptions.map((consumes) => consumes.system),
      ...exchange.data,
      ...exchange.trusts,
    ];
    const masters = exchange.data.flatMap((data) => data.masteredBy.map((masters) => masters.system));
    const mastersOf = exchange.data.map((data) => `${data.id}: ${data.masteredBy.map((masters) => masters.system.id).join(' ')}`);
    const consumers = exchange.consumptions.map((consumes) => `${consumes.system.id} ${consumes.system.consumes.indexOf(consumes)}`);
    return this.elements.ofInputs(read, masters, [this.shared, ...consumers, ...mastersOf], this.namedIn);
  }
}
