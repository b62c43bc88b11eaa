// The static review site (`out/site/`): see build-site.ts.
export { buildSite, type SiteBuild, type SiteFonts } from './build-site.js';
export type { SiteInput } from './site-context.js';
