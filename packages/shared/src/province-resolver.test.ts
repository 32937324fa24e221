import { test } from "node:test"
import assert from "node:assert/strict"
import { REGIONS } from "./regions"
import { foldText, placeKey } from "./place-names"
import { CITIES, ambiguousPlaceKeys, provinceOfCity, resolveProvince, resolveProvinceField } from "./province-resolver"

const provinces = REGIONS.flatMap((region) => region.provinces)

const resolvesAll = (expected: string, inputs: string[]) => {
  for (const input of inputs) {
    assert.equal(resolveProvince(input), expected, JSON.stringify(input))
  }
}

test("folds accents, case, hamza forms, ة/ه, ى/ي, tashkeel, tatweel and punctuation", () => {
  assert.equal(foldText("  Fès-Médina  "), "fes medina")
  assert.equal(foldText("Laâyoune"), "laayoune")
  assert.equal(foldText("Kénitra, Çà"), "kenitra ca")
  assert.equal(foldText("أإآ ؤ ئ"), "ااا و ي")
  assert.equal(foldText("تازة"), foldText("تازه"))
  assert.equal(foldText("مَرَّاكُش"), "مراكش")
  assert.equal(foldText("مـراكـش"), "مراكش")
  assert.equal(foldText("مستشفى"), "مستشفي")
  assert.equal(placeKey("M'diq"), placeKey("M’diq"))
  assert.equal(placeKey("M'diq"), placeKey("Mdiq"))
  assert.equal(placeKey("Beni-Mellal"), placeKey("Beni Mellal"))
  assert.equal(placeKey("Laayoune"), placeKey("Layoune"))
  assert.equal(placeKey("الجديدة"), placeKey("جديدة"))
  assert.equal(placeKey("Province"), "province")
  assert.equal(placeKey("  "), "")
})

test("every province answers to its code and its Arabic, French and English names, in any case", () => {
  for (const province of provinces) {
    const { ar, fr, en } = province.name
    for (const input of [province.code, ar, fr, en, fr.toUpperCase(), en.toLowerCase(), ` ${fr} `]) {
      assert.equal(resolveProvince(input), province.code, `${province.code}: ${JSON.stringify(input)}`)
    }
  }
})

test("Fès, as everyone writes it", () => {
  resolvesAll("fes", ["fes", "Fès", "FES", "Fez", "FÈS", "fès ", "فاس", "فَاس", "عمالة فاس", "Préfecture de Fès", "Prefecture of Fez", "Fez Prefecture", "Province de Fès"])
})

test("common spellings of the other provinces and prefectures", () => {
  resolvesAll("meknes", ["Meknes", "Meknès", "MEKNÈS", "مكناس"])
  resolvesAll("tetouan", ["Tetouan", "Tétouan", "Tetuan", "تطوان", "إقليم تطوان"])
  resolvesAll("kenitra", ["Kenitra", "Kénitra", "القنيطرة", "قنيطرة", "Province de Kénitra"])
  resolvesAll("marrakech", ["Marrakech", "Marrakesh", "Marrakesch", "مراكش", "مرّاكش", "مـراكـش"])
  resolvesAll("casablanca", ["Casablanca", "casa", "Dar el Beida", "Dar El Beïda", "الدار البيضاء", "الدارالبيضاء", "دار البيضاء", "Grand Casablanca"])
  resolvesAll("el-jadida", ["El Jadida", "El-Jadida", "Jadida", "eljadida", "الجديدة", "الجديده"])
  resolvesAll("laayoune", ["Laâyoune", "Laayoune", "Layoune", "El Aaiún", "El Aaiun", "العيون"])
  resolvesAll("oued-ed-dahab", ["Dakhla", "Oued Ed-Dahab", "Oued Eddahab", "الداخلة", "وادي الذهب", "واد الذهب"])
  resolvesAll("agadir-ida-outanane", ["Agadir", "Agadir Ida-Outanane", "Agadir Ida ou Tanane", "أكادير", "اكادير", "أݣادير"])
  resolvesAll("inezgane-ait-melloul", ["Inezgane", "Aït Melloul", "Ait-Melloul", "إنزكان", "انزكان", "أيت ملول"])
  resolvesAll("skhirate-temara", ["Temara", "Témara", "Skhirat", "Skhirate-Témara", "Temara-Skhirat", "تمارة", "الصخيرات"])
  resolvesAll("oujda-angad", ["Oujda", "Oujda-Angad", "وجدة", "عمالة وجدة أنجاد"])
  resolvesAll("sale", ["Salé", "Sale", "SALE", "سلا"])
  resolvesAll("tanger-assilah", ["Tanger", "Tangier", "Tangiers", "Tanger-Assilah", "طنجة"])
  resolvesAll("al-hoceima", ["Al Hoceïma", "Al-Hoceima", "Hoceima", "Alhoceima", "الحسيمة", "حسيمة"])
  resolvesAll("chefchaouen", ["Chefchaouen", "Chaouen", "Chauen", "شفشاون", "الشاون"])
  resolvesAll("m-diq-fnideq", ["M'diq-Fnideq", "M’diq", "Mdiq", "Fnideq", "المضيق", "الفنيدق", "m-diq-fnideq"])
  resolvesAll("el-kelaa-des-sraghna", ["El Kelâa des Sraghna", "Kelaa des Sraghna", "Kelaat Sraghna", "قلعة السراغنة"])
  resolvesAll("fquih-ben-salah", ["Fquih Ben Salah", "Fkih Ben Salah", "الفقيه بن صالح"])
  resolvesAll("es-semara", ["Es-Semara", "Smara", "السمارة"])
  resolvesAll("safi", ["Safi", "آسفي", "أسفي", "اسفي"])
  resolvesAll("ifrane", ["Ifrane", "إفران", "افران", "إِفْرَان"])
  resolvesAll("guelmim", ["Guelmim", "Goulimine", "كلميم", "ڭلميم"])
})

test("administrative words around the name: Province de, Préfecture d', إقليم, عمالة", () => {
  resolvesAll("taounate", ["Province de Taounate", "province de taounate", "Taounate Province", "إقليم تاونات", "اقليم تاونات"])
  resolvesAll("agadir-ida-outanane", ["Préfecture d'Agadir Ida-Outanane", "Prefecture d’Agadir"])
  resolvesAll("el-jadida", ["Province d'El Jadida", "إقليم الجديدة"])
  resolvesAll("rabat", ["Préfecture de Rabat", "عمالة الرباط", "Wilaya de Rabat"])
})

test("what is not a province stays unresolved", () => {
  for (const input of ["Atlantis", "", "   ", "Province", "إقليم", "Paris", "Ghafsai", "فاسد", "Fès Rabat", "06", null, undefined, 42, ["fes"], { code: "fes" }]) {
    assert.equal(resolveProvince(input), undefined, JSON.stringify(input))
  }
})

test("infers the province from a known town, in the three languages", () => {
  const cases: Record<string, string[]> = {
    taounate: ["Ghafsai", "Ghafsaï", "غفساي", "Tissa", "تيسة", "Karia Ba Mohamed", "Karia Ba Mohammed", "قرية با محمد", "Taounate"],
    ifrane: ["Azrou", "أزرو", "Ifrane"],
    ouarzazate: ["Ouarzazate", "ورزازات"],
    tinghir: ["Tinghir", "Tinerhir", "Kelaat M'Gouna", "Boumalne Dadès"],
    errachidia: ["Rissani", "Erfoud", "الريصاني", "Merzouga"],
    tiznit: ["Tafraout", "تافراوت"],
    taroudant: ["Taliouine", "تالوين", "Taroudant"],
    chefchaouen: ["Chefchaouen", "Chaouen", "شفشاون"],
    larache: ["Ksar el Kebir", "Ksar El Kébir", "القصر الكبير", "Larache"],
    "m-diq-fnideq": ["Fnideq", "Martil", "M'diq", "مرتيل"],
    essaouira: ["Essaouira", "الصويرة", "Mogador"],
    mohammedia: ["Mohammedia", "Aïn Harrouda", "Ain Harrouda", "عين حرودة"],
    nouaceur: ["Bouskoura", "بوسكورة", "Dar Bouazza"],
    "skhirate-temara": ["Temara", "Témara", "تمارة", "Skhirat"],
    fes: ["Fès", "Fez", "فاس"],
    casablanca: ["Casablanca", "الدار البيضاء", "Casa"],
    "fahs-anjra": ["Ksar Sghir", "القصر الصغير"],
    taourirt: ["El Aïoun Sidi Mellouk", "العيون سيدي ملوك"],
    laayoune: ["Laâyoune", "العيون"],
    "oued-ed-dahab": ["Dakhla", "الداخلة"],
  }
  for (const [code, cities] of Object.entries(cases)) {
    for (const city of cities) {
      assert.equal(provinceOfCity(city), code, JSON.stringify(city))
    }
  }
  for (const city of ["Atlantis", "", "Springfield", "Souk Sebt", null, 7]) {
    assert.equal(provinceOfCity(city), undefined, JSON.stringify(city))
  }
})

test("the province field also takes a known town typed in its place; provinces come first", () => {
  assert.equal(resolveProvinceField("Azrou"), "ifrane")
  assert.equal(resolveProvinceField("Ghafsai"), "taounate")
  assert.equal(resolveProvinceField("Fès"), "fes")
  assert.equal(resolveProvinceField("Atlantis"), undefined)
})

test("the data: every province has a town, every name in three languages, no name pointing two ways", () => {
  const codes = new Set(provinces.map((province) => province.code))
  for (const city of CITIES) {
    assert.ok(codes.has(city.province), `${city.name.fr}: unknown province ${city.province}`)
    for (const locale of ["ar", "fr", "en"] as const) {
      assert.ok(city.name[locale]?.trim(), `${locale} name of ${city.name.fr}`)
    }
  }
  for (const code of codes) {
    assert.ok(CITIES.some((city) => city.province === code), `no town for ${code}`)
  }
  assert.deepEqual(ambiguousPlaceKeys(), { provinces: [], cities: [] })
  // A town's name never reads as another province.
  for (const city of CITIES) {
    for (const name of [city.name.ar, city.name.fr, city.name.en, ...(city.aliases ?? [])]) {
      const province = resolveProvince(name)
      assert.ok(!province || province === city.province, `${name} is in ${city.province}, reads as ${province}`)
    }
  }
})
