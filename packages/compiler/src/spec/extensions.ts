// The `x-gea-*` extensions that OpenAPI and AsyncAPI documents carry: who provides the interface
// and over which platform, its classification and personal fields, legal bases, consent, SLA,
// message signature, consumers and status at each plateau — the model's facts, as data.
import type { LegalBasis, Sla } from '@gea-arch/core';
import type { SpecContext } from './context.js';
import { consumptionPlateaus, privacyOf, type Exchange } from './exchange.js';
import { nameIn } from './locales.js';

export function interfaceExtensions(exchange: Exchange, context: SpecContext): Record<string, unknown> {
  const { api, provider, agency, platform } = exchange;
  const { model, locale } = context;
  const personalFields = exchange.messages.flatMap((message) =>
    message.fields.filter((field) => privacyOf(field).personal).map((field) => `${field.data.id}.${field.name}`),
  );
  const sensitiveFields = exchange.messages.flatMap((message) =>
    message.fields.filter((field) => privacyOf(field).sensitive).map((field) => `${field.data.id}.${field.name}`),
  );
  const signature = api.signature;
  return {
    'x-gea-interface': api.id,
    'x-gea-provider': {
      ...(provider ? { system: provider.id, name: nameIn(provider, locale, model) } : { system: api.provider?.text ?? null }),
      ...(agency ? { agency: agency.id, agencyName: nameIn(agency, locale, model) } : {}),
    },
    ...(platform ? { 'x-gea-platform': { id: platform.id, name: nameIn(platform, locale, model) } } : {}),
    'x-gea-classification': api.classification,
    'x-gea-personal-fields': unique(personalFields),
    'x-gea-sensitive-fields': unique(sensitiveFields),
    'x-gea-legal-basis': legalBases(api.legalBasis, context),
    ...(api.consent !== undefined ? { 'x-gea-consent': [...api.consent] } : {}),
    ...(api.auth !== undefined ? { 'x-gea-auth': api.auth } : {}),
    ...(api.sla ? { 'x-gea-sla': slaData(api.sla) } : {}),
    ...(signature
      ? {
          'x-gea-signature': {
            ...(signature.level ? { level: signature.level } : {}),
            ...(signature.format ? { format: signature.format } : {}),
            ...(signature.with ? { with: signature.with.target?.id ?? signature.with.text } : {}),
            ...(signature.timestamp ? { timestamp: signature.timestamp.target?.id ?? signature.timestamp.text } : {}),
          },
        }
      : {}),
    'x-gea-consumers': exchange.consumptions.map((consumes) => ({
      system: consumes.system.id,
      name: nameIn(consumes.system, locale, model),
      ...(consumes.system.owner?.target ? { agency: consumes.system.owner.target.id } : {}),
      ...(consumes.purpose !== undefined ? { purpose: consumes.purpose } : {}),
      legalBasis: legalBases(consumes.legalBasis, context),
      ...(consumes.agreement !== undefined ? { agreement: consumes.agreement } : {}),
      consent: [...consumes.consent],
      plateaus: consumptionPlateaus(consumes, api, model.plateaus).map((plateau) => plateau.id),
    })),
    'x-gea-status': Object.fromEntries(exchange.status.map(({ plateau, state }) => [plateau.id, state])),
    ...(Object.keys(api.meta).length > 0 ? { 'x-gea-meta': { ...api.meta } } : {}),
  };
}

export function legalBases(bases: readonly LegalBasis[], context: SpecContext): Array<Record<string, string>> {
  return bases.map((basis) => ({
    law: basis.law.target?.id ?? basis.law.text,
    ...(basis.law.target ? { title: nameIn(basis.law.target, context.locale, context.model) } : {}),
    ...(basis.article !== undefined ? { article: basis.article } : {}),
  }));
}

function slaData(sla: Sla): Record<string, unknown> {
  return {
    ...(sla.availability !== undefined ? { availability: sla.availability } : {}),
    ...(sla.latencyMs !== undefined ? { latencyMs: sla.latencyMs } : {}),
    ...(sla.throughput !== undefined ? { throughput: sla.throughput } : {}),
    ...(sla.support !== undefined ? { support: sla.support } : {}),
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
