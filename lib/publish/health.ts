/**
 * /healthz/: 200 while the server serves, with the content errors of the last reload (each broken
 * file keeps serving its last good version meanwhile), so a deploy script can see a bad push
 * without the site going down. Fixing the file clears its entry.
 */
import { contentErrors } from "../content/store";
import { errorReport } from "./revalidate";
import { warmingUp } from "./start-warm";

/** `starting` (HTTP 503) while the start-up warm-up renders (lib/publish/start-warm.ts): not ready for readers yet. */
export function healthReport() {
  const errors = errorReport(contentErrors());
  return { status: warmingUp() ? "starting" : "ok", buildId: process.env.APP_BUILD_ID ?? "dev", contentErrors: errors.length, errors };
}
