/**
 * /healthz/: 200 while the server serves, with the content errors of the last reload (each broken
 * file keeps serving its last good version meanwhile), so a deploy script can see a bad push
 * without the site going down. Fixing the file clears its entry.
 */
import { contentErrors } from "../content/store";
import { errorReport } from "./revalidate";

export function healthReport() {
  const errors = errorReport(contentErrors());
  return { status: "ok", buildId: process.env.APP_BUILD_ID ?? "dev", contentErrors: errors.length, errors };
}
