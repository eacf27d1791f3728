/** Shown in dev in place of a post that cannot be built, so the author sees what to fix. */
export function ContentErrorView({ file, problems }: { file: string; problems: string[] }) {
  return (
    <section role="alert" className="rounded-lg border-2 border-red-600 bg-red-50 p-6 text-red-950 dark:bg-red-950 dark:text-red-50">
      <h1 className="text-xl font-bold">這篇文章有錯誤，無法顯示</h1>
      <p className="mt-2">
        檔案：<code>{file}</code>
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6 font-mono text-sm">
        {problems.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm">修正檔案並存檔後重新整理即可；其他頁面不受影響。</p>
    </section>
  );
}
