// The integration rules gea runs, in the order of RULES.md, and what is known of every finding id.
// Nothing else knows their ids.
import { accreditedTrust } from './accredited-trust.js';
import { agreementRequired } from './agreement-required.js';
import { baseRegistryShared } from './base-registry-shared.js';
import { certificateValid } from './certificate-valid.js';
import { classificationFlow } from './classification-flow.js';
import { consentDeclared } from './consent-declared.js';
import { consumptionLegalBasis } from './consumption-legal-basis.js';
import { copyHasSource } from './copy-has-source.js';
import { crossAgencyViaPlatform } from './cross-agency-via-platform.js';
import { deprecatedInterface } from './deprecated-interface.js';
import { duplicateData } from './duplicate-data.js';
import { interfaceComplete } from './interface-complete.js';
import { interfaceSignature } from './interface-signature.js';
import { LANGUAGE_RULE_INFOS } from './language-rules.js';
import { legallyBindingSigned } from './legally-binding-signed.js';
import { lifecycleDependency } from './lifecycle-dependency.js';
import { lifecycleOrder } from './lifecycle-order.js';
import { longTermValidation } from './long-term-validation.js';
import { masterOwnerMatch } from './master-owner-match.js';
import { nameRequired } from './name-required.js';
import { nameTranslation } from './name-translation.js';
import { openDataAllowed } from './open-data-allowed.js';
import { openDataComplete } from './open-data-complete.js';
import { ownerExists } from './owner-exists.js';
import { ownerRequired } from './owner-required.js';
import { providerAuthoritative } from './provider-authoritative.js';
import { registryCodeUnique } from './registry-code-unique.js';
import type { Rule, RuleInfo } from './rule.js';
import { singleMaster } from './single-master.js';
import { slaRequired } from './sla-required.js';
import { unusedWaiver } from './unused-waiver.js';

/** The rules the engine runs at every plateau. */
export const RULES: readonly Rule[] = [
  ownerRequired,
  ownerExists,
  singleMaster,
  masterOwnerMatch,
  registryCodeUnique,
  crossAgencyViaPlatform,
  copyHasSource,
  providerAuthoritative,
  consumptionLegalBasis,
  consentDeclared,
  agreementRequired,
  interfaceComplete,
  classificationFlow,
  lifecycleDependency,
  lifecycleOrder,
  deprecatedInterface,
  slaRequired,
  legallyBindingSigned,
  interfaceSignature,
  accreditedTrust,
  certificateValid,
  longTermValidation,
  openDataAllowed,
  openDataComplete,
  baseRegistryShared,
  duplicateData,
  nameRequired,
  nameTranslation,
];

/** Every finding id: parse and link findings, the rules, and `unused-waiver` (the engine's own). */
export const RULE_INFOS: readonly RuleInfo[] = [...LANGUAGE_RULE_INFOS, ...RULES, unusedWaiver];

export function findRule(id: string): RuleInfo | undefined {
  return RULE_INFOS.find((rule) => rule.id === id);
}
