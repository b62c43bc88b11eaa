// The integration rules gea runs, in the order of RULES.md. Nothing else knows their ids.
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
import { singleMaster } from './single-master.js';
import { slaRequired } from './sla-required.js';

/** The rules the engine runs at every plateau, in the order of RULES.md. A new rule is one module and one line here. */
export const RULES = [
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
] as const;
