import { firstFreeHandle, randomSuffix, slugFrom, slugify } from "../handle"

describe("a URL slug from a name", () => {
  it("drops French accents and punctuation, joining words with single dashes", () => {
    expect(slugify("Coopérative Féminine d'Argane Taliouine")).toBe("cooperative-feminine-d-argane-taliouine")
    expect(slugify("ÉCOLE & Coopérative — Aït Ourir")).toBe("ecole-cooperative-ait-ourir")
    expect(slugify("  Miel -- & Amlou!! ")).toBe("miel-amlou")
    expect(slugify("Coopérative 2 Mars")).toBe("cooperative-2-mars")
  })

  it("writes Arabic names in Latin letters the way Moroccan names are written in French", () => {
    expect(slugify("تعاونية أركان")).toBe("taaounia-arkan")
    expect(slugify("ڭلميمة")).toBe("glmima")
    expect(slugify("عسل الزعتر")).toBe("asl-alzatr")
    expect(slugify("Miel de thym — عسل الزعتر")).toBe("miel-de-thym-asl-alzatr")
  })

  it("keeps Arabic-Indic digits as digits and reads Arabic presentation forms as letters", () => {
    expect(slugify("تعاونية ٢٠ غشت")).toBe("taaounia-20-ghcht")
    expect(slugify("تعاونية ۳")).toBe("taaounia-3")
    // ﺗﻌﺎﻭﻧﻴﺔ: the same word typed in presentation forms (as some keyboards and PDFs give it).
    expect(slugify("\uFE97\uFECC\uFE8E\uFEED\uFEE7\uFEF4\uFE94")).toBe("taaounia")
  })

  it("ignores Arabic vowel marks and the hamza alone", () => {
    expect(slugify("زَيْت")).toBe("zit")
    expect(slugify("ماء الورد")).toBe("ma-alourd")
  })

  it("keeps at most 60 characters and never ends on a dash", () => {
    const long = `${"a".repeat(59)} bcd`
    expect(slugify(long)).toBe("a".repeat(59))
    expect(slugify("x".repeat(80))).toBe("x".repeat(60))
  })

  it("gives nothing for a name made only of symbols", () => {
    expect(slugify("؟!… ---")).toBe("")
    expect(slugify("")).toBe("")
  })
})

describe("the slug a cooperative or product gets", () => {
  it("takes the first text giving at least three characters, else the fallback", () => {
    expect(slugFrom(["", null, undefined, "ab", "Zagora Dates"], "coop-7k3q9x")).toBe("zagora-dates")
    expect(slugFrom(["abc", "Zagora"], "coop-7k3q9x")).toBe("abc")
    expect(slugFrom(["!!", "ab", "ء", null], "coop-7k3q9x")).toBe("coop-7k3q9x")
    expect(slugFrom([], "coop-7k3q9x")).toBe("coop-7k3q9x")
  })
})

describe("a handle nobody uses yet", () => {
  it("is the base when free, else the base with the first free number from 2", () => {
    expect(firstFreeHandle("argan-taliouine", [])).toBe("argan-taliouine")
    expect(firstFreeHandle("argan-taliouine", ["argan-taliouine"])).toBe("argan-taliouine-2")
    expect(firstFreeHandle("argan-taliouine", ["argan-taliouine", "argan-taliouine-2", "argan-taliouine-3"])).toBe("argan-taliouine-4")
  })

  it("fills the first gap, and ignores numbered handles when the base itself is free", () => {
    expect(firstFreeHandle("nahl", ["nahl", "nahl-3"])).toBe("nahl-2")
    expect(firstFreeHandle("nahl", ["nahl-2", "nahl-3"])).toBe("nahl")
    expect(firstFreeHandle("nahl", new Set(["nahl", "nahl-2", "nahl-20"]))).toBe("nahl-3")
  })
})

describe("a random suffix", () => {
  const UNAMBIGUOUS = /^[23456789abcdefghjkmnpqrstuvwxyz]*$/

  it("has the length asked, six by default, in characters nobody misreads (no 0, 1, i, l or o)", () => {
    expect(randomSuffix()).toHaveLength(6)
    expect(randomSuffix(10)).toHaveLength(10)
    expect(randomSuffix(0)).toBe("")
    const drawn = Array.from({ length: 200 }, () => randomSuffix())
    expect(drawn.every((suffix) => UNAMBIGUOUS.test(suffix))).toBe(true)
  })

  it("differs from one draw to the next", () => {
    // 31^6 (about 887 million) suffixes: twenty draws coincide about once in five million runs.
    expect(new Set(Array.from({ length: 20 }, () => randomSuffix())).size).toBe(20)
  })
})
