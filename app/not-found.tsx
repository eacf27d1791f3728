import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <h1 className="text-3xl font-bold">找不到這個頁面（404）</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">網址可能打錯了，或文章已經移動。</p>
      <p className="mt-6">
        <Link href="/" className="text-sky-800 underline dark:text-sky-300">
          回到首頁看最新文章
        </Link>
      </p>
    </section>
  );
}
