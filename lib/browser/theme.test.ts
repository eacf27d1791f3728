import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "./theme";

/** Runs the inline <head> script against a stand-in document and returns html's state. */
function run(stored: string | null, systemDark: boolean, storageThrows = false) {
  const classes = new Set<string>();
  const html = {
    classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
    style: { colorScheme: "" },
  };
  const window = { matchMedia: (q: string) => ({ matches: q.includes("dark") && systemDark }) };
  const localStorage = {
    getItem: () => {
      if (storageThrows) throw new Error("denied");
      return stored;
    },
  };
  new Function("window", "document", "localStorage", THEME_SCRIPT)(window, { documentElement: html }, localStorage);
  return { dark: classes.has("dark"), scheme: html.style.colorScheme };
}

describe("the no-flash theme script", () => {
  it("follows the system when nothing is stored", () => {
    expect(run(null, true)).toEqual({ dark: true, scheme: "dark" });
    expect(run(null, false)).toEqual({ dark: false, scheme: "light" });
  });

  it("lets the reader's stored choice override the system", () => {
    expect(run("light", true)).toEqual({ dark: false, scheme: "light" });
    expect(run("dark", false)).toEqual({ dark: true, scheme: "dark" });
  });

  it("ignores junk and survives storage that throws", () => {
    expect(run("purple", true).dark).toBe(true);
    expect(() => run(null, true, true)).not.toThrow();
  });
});
