/**
 * Opt-in analytics (site.config.yaml `analytics:`): GA4 (`googleAnalytics`), Plausible
 * or Umami. Unconfigured (the default) there is nothing: no tag, no bytes, no CSP host.
 *
 * Configured, each page gets one small inline script (the layout renders `loaderScript`)
 * that waits for the page's load event and then an idle moment before it adds the
 * provider's script, so the tag never competes with the page for the network or the main
 * thread. A host that cannot be reached (CI is offline) costs nothing: the loader does
 * not try when the browser says it is offline, adds only the scripts whose host the
 * server can reach (it asks ANALYTICS_REACH_PATH, analytics-reach.ts, which says why),
 * and swallows a failed script's error event (an ad blocker), so no unhandled error. The CSP
 * (security-headers.ts) allows exactly the hosts `analyticsHosts` names.
 */
import type { SiteConfigFile } from "../config/site-config";
import { ANALYTICS_REACH_PATH } from "./routes";

export type AnalyticsConfig = SiteConfigFile["analytics"];

/** One script the loader adds: its src and attributes. */
export interface AnalyticsScript {
  src: string;
  attrs: Record<string, string>;
}

export interface AnalyticsPlan {
  scripts: AnalyticsScript[];
  /** Runs first (GA4's dataLayer and config call), before any script loads. */
  setup: string;
}

/** GA4 loads from the tag manager and sends hits to google-analytics.com (region1. and others) and analytics.google.com. */
const GA_SCRIPT_HOST = "https://www.googletagmanager.com";
const GA_CONNECT_HOSTS = ["https://*.google-analytics.com", "https://*.analytics.google.com", GA_SCRIPT_HOST];

const originOf = (src: string) => new URL(src).origin;

export function analyticsPlan(config: AnalyticsConfig): AnalyticsPlan | null {
  const scripts: AnalyticsScript[] = [];
  let setup = "";
  if (config.googleAnalytics) {
    const id = config.googleAnalytics;
    scripts.push({ src: `${GA_SCRIPT_HOST}/gtag/js?id=${encodeURIComponent(id)}`, attrs: {} });
    setup += `window.dataLayer=window.dataLayer||[];window.gtag=function(){dataLayer.push(arguments)};gtag("js",new Date());gtag("config",${JSON.stringify(id)});`;
  }
  if (config.plausible) scripts.push({ src: config.plausible.src, attrs: { "data-domain": config.plausible.domain } });
  if (config.umami) scripts.push({ src: config.umami.src, attrs: { "data-website-id": config.umami.websiteId } });
  return scripts.length ? { scripts, setup } : null;
}

/** The hosts the CSP must allow for the configured providers: none when there are none. */
export function analyticsHosts(config: AnalyticsConfig): { script: string[]; connect: string[] } {
  const script = new Set<string>();
  const connect = new Set<string>();
  if (config.googleAnalytics) {
    script.add(GA_SCRIPT_HOST);
    for (const h of GA_CONNECT_HOSTS) connect.add(h);
  }
  for (const src of [config.plausible?.src, config.umami?.src]) {
    if (!src) continue;
    script.add(originOf(src));
    connect.add(originOf(src));
  }
  return { script: [...script], connect: [...connect] };
}

/**
 * The inline loader, or null when nothing is configured. JSON.stringify escapes quotes;
 * `<` is escaped too, so no value can close the script element.
 */
export function loaderScript(config: AnalyticsConfig): string | null {
  const plan = analyticsPlan(config);
  if (!plan) return null;
  const scripts = JSON.stringify(plan.scripts).replace(/</g, "\\u003c");
  // After idle it asks ANALYTICS_REACH_PATH which script origins the server can reach and adds
  // only those: every request the page itself makes to an unresolvable host is logged (see
  // analytics-reach.ts), so the page must not try one it cannot reach.
  return (
    `(function(){if(navigator.onLine===false)return;${plan.setup.replace(/</g, "\\u003c")}` +
    `function add(t){var s=document.createElement("script");s.async=true;s.src=t.src;` +
    `for(var k in t.attrs)s.setAttribute(k,t.attrs[k]);s.onerror=function(){};document.head.appendChild(s)}` +
    `function ask(){fetch(${JSON.stringify(ANALYTICS_REACH_PATH)}).then(function(r){return r.ok?r.json():{}}).then(function(j){var ok=j.reachable||[];` +
    `${scripts}.forEach(function(t){if(ok.indexOf(new URL(t.src).origin)>=0)add(t)})}).catch(function(){})}` +
    `function idle(){window.requestIdleCallback?requestIdleCallback(ask,{timeout:4000}):setTimeout(ask,200)}` +
    `document.readyState==="complete"?idle():addEventListener("load",idle,{once:true})})()`
  );
}
