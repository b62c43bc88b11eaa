// open-data-allowed: only public, non-personal data is published as open data.
import { everyTouched } from './affected.js';
import { classificationUnreadable } from './facts.js';
import type { Rule } from './rule.js';

export const openDataAllowed: Rule<'open-data-allowed'> = {
  id: 'open-data-allowed',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const data of model.data) {
      if (!data.open) continue;
      const classification = data.classification === 'public' || classificationUnreadable(data) ? undefined : data.classification;
      const privacy = data.privacy === 'none' ? undefined : data.privacy;
      const fields = [...new Set(data.fields.filter((field) => field.personal || field.sensitive).map((field) => field.name))];
      if (!classification && !privacy && fields.length === 0) continue;
      report({
        message: words.notOpenable({ data: data.id, classification, classificationStated: data.classificationStated, privacy, fields }),
        source: data.open.source,
        element: data,
      });
    }
  },
};
