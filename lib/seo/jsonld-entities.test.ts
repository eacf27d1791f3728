import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./jsonld";
import { breadcrumbJsonLd, eventJsonLd, organizationJsonLd, personJsonLd } from "./jsonld-entities";

describe("entity JSON-LD", () => {
  it("leaves out what is missing instead of writing it empty", () => {
    const org = organizationJsonLd({ name: "Acme", path: "/companies/acme/", alternateNames: ["Acme"], sameAs: [], address: {} });
    expect(org).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": "http://localhost:3000/companies/acme/#organization",
      name: "Acme",
      url: "http://localhost:3000/companies/acme/",
      mainEntityOfPage: { "@type": "WebPage", "@id": "http://localhost:3000/companies/acme/" },
    });
  });

  it("lists several other names, a person's employer with its page, and an image made absolute", () => {
    const p = personJsonLd({ name: "黃仁勳", path: "/people/黃仁勳/", alternateNames: ["Jensen Huang", "黃仁勳", "Jen-Hsun Huang"], sameAs: ["https://en.wikipedia.org/wiki/Jensen_Huang"], worksFor: { name: "NVIDIA", path: "/companies/nvidia/" }, image: "/images/people/huang.jpg" });
    expect(p.alternateName).toEqual(["Jensen Huang", "Jen-Hsun Huang"]);
    expect(p.worksFor).toEqual({ "@type": "Organization", name: "NVIDIA", url: "http://localhost:3000/companies/nvidia/" });
    expect(p.image).toBe("http://localhost:3000/images/people/huang.jpg");
    expect(p.url).toBe("http://localhost:3000/people/%E9%BB%83%E4%BB%81%E5%8B%B3/");
    expect(p.worksFor).not.toHaveProperty("sameAs");
  });

  it("gives an event a Place from what the file has, without status or attendance mode", () => {
    const e = eventJsonLd({ name: "展", path: "/events/x/", startDate: "2026-06-02", location: { address: { locality: "台北" } }, officialUrl: "https://example.com/" });
    expect(e).toMatchObject({ "@type": "Event", startDate: "2026-06-02", url: "https://example.com/", location: { "@type": "Place", name: "台北", address: { "@type": "PostalAddress", addressLocality: "台北" } } });
    expect(e).not.toHaveProperty("eventStatus");
    expect(e).not.toHaveProperty("eventAttendanceMode");
    expect(eventJsonLd({ name: "展", path: "/events/x/", startDate: "2026-06-02", location: {} })).not.toHaveProperty("location");
  });

  it("numbers breadcrumbs and serialises safely", () => {
    const b = breadcrumbJsonLd([{ name: "首頁", path: "/" }, { name: "</script>", path: "/companies/" }]);
    expect(b.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "首頁", item: "http://localhost:3000/" },
      { "@type": "ListItem", position: 2, name: "</script>", item: "http://localhost:3000/companies/" },
    ]);
    expect(serializeJsonLd(b)).not.toContain("</script>");
  });
});
