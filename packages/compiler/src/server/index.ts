// The gea language server: composition, requests and what they answer.
export {
  startGeaServer,
  BUILD_REQUEST,
  FINDINGS_REQUEST,
  LOCALE_CHANGED_NOTIFICATION,
  SITE_REQUEST,
  type GeaServerOptions,
  type BuildParams,
  type BuildReply,
  type SiteReply,
  type FindingCounts,
} from './start-server.js';
export { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from './preview.js';
