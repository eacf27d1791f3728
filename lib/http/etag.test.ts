import { describe, expect, it } from "vitest";
import { buildEtag, matchesEtag } from "./etag";

describe("build ETag", () => {
  const etag = buildEtag("mx555s3p");

  it("is the build id, quoted", () => {
    expect(etag).toBe('"mx555s3p"');
  });

  it("matches If-None-Match weak or strong, alone or in a list", () => {
    expect(matchesEtag('"mx555s3p"', etag)).toBe(true);
    expect(matchesEtag('W/"mx555s3p"', etag)).toBe(true);
    expect(matchesEtag('"old", W/"mx555s3p"', etag)).toBe(true);
  });

  it("does not match another build, a wildcard or nothing", () => {
    expect(matchesEtag('"older"', etag)).toBe(false);
    expect(matchesEtag("*", etag)).toBe(false);
    expect(matchesEtag(null, etag)).toBe(false);
    expect(matchesEtag("", etag)).toBe(false);
  });
});
