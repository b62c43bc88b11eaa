// Where an interface is reached. The model knows a platform's `url` but no endpoint of its own, so
// a spec names the platform's address when it has one, and otherwise a URN that says which
// platform (or, without `via`, which provider) assigns the address.
import type { Exchange } from './exchange.js';
import { encodeUriPart } from './names.js';

export interface Address {
  /** An absolute URI: the platform's URL, or `urn:gea:<platform>:<interface>`. */
  readonly uri: string;
  /** True when the model states no URL, so the URI only names who assigns it. */
  readonly assigned: boolean;
}

export function addressOf(exchange: Exchange): Address {
  const url = exchange.platform?.url;
  if (url !== undefined && /^https?:\/\/[^\s]+$/i.test(url)) return { uri: url.replace(/\/+$/, ''), assigned: false };
  const assigner = exchange.platform ?? exchange.provider;
  return { uri: `urn:gea:${encodeUriPart(assigner?.id ?? 'unknown')}:${encodeUriPart(exchange.api.id)}`, assigned: true };
}
