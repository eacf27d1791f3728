import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-neutral-600 dark:text-neutral-400">
        <p>
          © {site.title}　·　<a href="/index.xml" className="underline">RSS</a>
        </p>
      </div>
    </footer>
  );
}
