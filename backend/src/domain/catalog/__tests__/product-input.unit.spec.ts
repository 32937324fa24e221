import { optionKey, productTranslationTexts, sameList, sameSet } from "../product-input"

describe("the translations of a product listing", () => {
  it("gives one row per language given, French then English, with trimmed texts", () => {
    expect(
      productTranslationTexts({
        en: { title: "Argan oil", description: "Cold-pressed, from Taliouine." },
        fr: { title: "  Huile d'argan ", description: " Pressée à froid. " },
      })
    ).toEqual([
      { locale: "fr", text: { title: "Huile d'argan", description: "Pressée à froid." } },
      { locale: "en", text: { title: "Argan oil", description: "Cold-pressed, from Taliouine." } },
    ])
  })

  it("leaves out blank or missing texts, and languages not given", () => {
    expect(productTranslationTexts({ en: { title: "Thyme honey", description: "   " } })).toEqual([{ locale: "en", text: { title: "Thyme honey" } }])
    expect(productTranslationTexts({ fr: { title: null, description: "Miel de montagne" } })).toEqual([
      { locale: "fr", text: { description: "Miel de montagne" } },
    ])
    expect(productTranslationTexts(undefined)).toEqual([])
    expect(productTranslationTexts({})).toEqual([])
  })
})

describe("whether a list changed", () => {
  it("counts images as unchanged only in the same order", () => {
    expect(sameList(["a.jpg", "b.jpg"], ["a.jpg", "b.jpg"])).toBe(true)
    expect(sameList(["a.jpg", "b.jpg"], ["b.jpg", "a.jpg"])).toBe(false)
    expect(sameList(["a.jpg"], ["a.jpg", "b.jpg"])).toBe(false)
    expect(sameList([], [])).toBe(true)
  })

  it("counts categories as unchanged in any order, but not with one added, removed or swapped", () => {
    expect(sameSet(["pcat_honey", "pcat_oils"], ["pcat_oils", "pcat_honey"])).toBe(true)
    expect(sameSet(["pcat_honey"], ["pcat_honey", "pcat_oils"])).toBe(false)
    expect(sameSet(["pcat_honey", "pcat_oils"], ["pcat_honey"])).toBe(false)
    expect(sameSet(["pcat_honey", "pcat_oils"], ["pcat_honey", "pcat_dates"])).toBe(false)
    expect(sameSet([], [])).toBe(true)
    // Whichever side repeats a value, a missing one is seen.
    expect(sameSet(["pcat_honey", "pcat_honey"], ["pcat_honey", "pcat_oils"])).toBe(false)
    expect(sameSet(["pcat_honey", "pcat_oils"], ["pcat_honey", "pcat_honey"])).toBe(false)
    expect(sameSet(["pcat_honey", "pcat_honey"], ["pcat_honey"])).toBe(true)
  })

  it("sees the removal of a category even when the new list repeats another", () => {
    // The stored categories come first (they have no repeats); the request may repeat an id.
    expect(sameSet(["pcat_honey", "pcat_oils"], ["pcat_honey", "pcat_honey"])).toBe(false)
  })
})

describe("an option value's identity", () => {
  it("ignores case and surrounding spaces, so «500 g» and « 500 G » are one value", () => {
    expect(optionKey(" 500 G ")).toBe("500 g")
    expect(optionKey("Grand Pot")).toBe(optionKey("grand pot "))
    expect(optionKey("  نصف لتر ")).toBe("نصف لتر")
    expect(optionKey("250 g")).not.toBe(optionKey("2 50 g"))
  })
})
