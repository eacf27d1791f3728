import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { layoutMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/browser/theme";
import { loaderScript } from "@/lib/http/analytics";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.baseUrl),
  title: { default: site.title, template: `%s | ${site.title}` },
  description: site.description,
  ...layoutMetadata(),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

/** Opt-in analytics: a few hundred bytes of inline loader when configured, nothing otherwise. */
const ANALYTICS_SCRIPT = loaderScript(site.analytics);

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline theme script sets html's class before React hydrates.
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-900">
          跳到主要內容
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        {ANALYTICS_SCRIPT ? <script dangerouslySetInnerHTML={{ __html: ANALYTICS_SCRIPT }} /> : null}
      </body>
    </html>
  );
}
