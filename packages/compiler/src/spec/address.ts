// Where an interface is reached. The model knows a platform's `url` but no endpoint of its own, so
// a spec names the platform's address when it has one the interface's style can be reached at —
// an http(s) URL for the styles carried over HTTP, any URL (`amqps://…`, `kafka://…`) for the
// others — and otherwise a URN that says which platform (or, without `via`, which provider)
// assigns the address.
import type { InterfaceStyle } from '@gea-arch/core';
import type { Exchange } from './exchange.js';
import { encodeUriPart } from './names.js';

export interface Address {
  /** An absolute URI: the platform's URL, or `urn:gea:<platform>:<interface>`. */
  readonly uri: string;
  /** True when the model states no URL the interface is reached at, so the URI only names who assigns it. */
  readonly assigned: boolean;
}

export function addressOf(exchange: Exchange): Address {
  const url = exchange.platform?.url;
  if (url !== undefined && reachedAt(url, exchange.api.style)) return { uri: url.replace(/\/+$/, ''), assigned: false };
  const assigner = exchange.platform ?? exchange.provider;
  return { uri: `urn:gea:${encodeUriPart(assigner?.id ?? 'unknown')}:${encodeUriPart(exchange.api.id)}`, assigned: true };
}

/** Styles whose requests travel over HTTP: an OpenAPI server, a SOAP address or a GraphQL endpoint is an http(s) URL. */
const HTTP_STYLES: ReadonlySet<InterfaceStyle> = new Set(['rest', 'soap', 'graphql']);

/** Whether an interface of that style is reached at the URL: a scheme, `//` and a host; http(s) for HTTP styles. */
function reachedAt(url: string, style: InterfaceStyle | undefined): boolean {
  if (style !== undefined && HTTP_STYLES.has(style)) return /^https?:\/\/\S+$/i.test(url);
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/.test(url) && URL.canParse(url) && new URL(url).host !== '';
}
