import sharp from "sharp"
import type { Sector } from "@tadamon/shared"

/**
 * Deterministic demo illustrations, drawn as SVG and rendered with sharp: no downloads, no fonts
 * (text in SVG would depend on installed fonts, and Arabic shaping on more than that).
 * The same seed string always gives the same picture.
 */

export const IMAGE_KINDS = [
  "jar",
  "honeycomb",
  "figs",
  "nuts",
  "olives",
  "bottle",
  "soap",
  "herbs",
  "rug",
  "wood",
  "embroidery",
] as const
export type ImageKind = (typeof IMAGE_KINDS)[number]

export type RenderedImage = { filename: string; mimeType: string; content: Buffer }

const SIZE = 1000
const LOGO_SIZE = 512

/** FNV-1a: a stable 32-bit hash of the seed string. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small seeded generator so a drawing's details are reproducible. */
function random(seed: string): () => number {
  let state = hash(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(((h % 360) + 360) % 360)},${Math.round(s)}%,${Math.round(l)}%)`
const r1 = (value: number) => Math.round(value * 10) / 10

type Palette = { hue: number; jitter: number; rand: () => number }

/** Base hue of each kind; the seed moves it a little so two honeys do not look identical. */
const KIND_HUE: Record<ImageKind, number> = {
  jar: 36,
  honeycomb: 40,
  figs: 300,
  nuts: 28,
  olives: 80,
  bottle: 62,
  soap: 25,
  herbs: 110,
  rug: 6,
  wood: 26,
  embroidery: 215,
}

function background(p: Palette, id: string): string {
  const h = p.hue + 25
  return `<defs>
  <radialGradient id="bg-${id}" cx="50%" cy="38%" r="75%">
    <stop offset="0" stop-color="${hsl(h, 55, 96)}"/><stop offset="1" stop-color="${hsl(h, 45, 84)}"/>
  </radialGradient>
  <pattern id="tile-${id}" width="125" height="125" patternUnits="userSpaceOnUse">
    <path d="M62.5 8 L78 47 L117 62.5 L78 78 L62.5 117 L47 78 L8 62.5 L47 47 Z" fill="${hsl(h, 40, 80)}" opacity="0.35"/>
  </pattern>
</defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg-${id})"/>
<rect width="${SIZE}" height="${SIZE}" fill="url(#tile-${id})"/>
<rect y="760" width="${SIZE}" height="240" fill="${hsl(h, 30, 78)}" opacity="0.55"/>
<ellipse cx="500" cy="820" rx="330" ry="48" fill="${hsl(h, 30, 35)}" opacity="0.18"/>`
}

function jar(p: Palette): string {
  const honey = hsl(p.hue + p.jitter, 85, 48)
  const light = hsl(p.hue + p.jitter, 95, 68)
  const cloth = hsl(p.hue + 180 + p.jitter * 3, 55, 45)
  return `<defs><linearGradient id="fill" x1="0" x2="1"><stop offset="0" stop-color="${honey}"/><stop offset="0.45" stop-color="${light}"/><stop offset="1" stop-color="${honey}"/></linearGradient></defs>
<rect x="330" y="330" width="340" height="480" rx="60" fill="url(#fill)" stroke="${hsl(p.hue, 40, 30)}" stroke-width="6"/>
<rect x="360" y="350" width="40" height="420" rx="20" fill="#fff" opacity="0.35"/>
<rect x="390" y="500" width="220" height="150" rx="16" fill="${hsl(p.hue, 40, 94)}"/>
<polygon points="500,530 540,553 540,597 500,620 460,597 460,553" fill="${honey}"/>
<path d="M310 330 Q500 240 690 330 L710 380 Q500 330 290 380 Z" fill="${cloth}"/>
<path d="M300 360 Q500 320 700 360" stroke="${hsl(p.hue, 30, 25)}" stroke-width="8" fill="none"/>
<rect x="600" y="800" width="250" height="20" rx="10" transform="rotate(-8 600 800)" fill="${hsl(30, 45, 45)}"/>
<g transform="rotate(-8 600 800)"><ellipse cx="850" cy="810" rx="48" ry="34" fill="${hsl(30, 45, 40)}"/>
<path d="M815 795 H885 M812 810 H888 M815 825 H885" stroke="${hsl(30, 40, 30)}" stroke-width="5"/></g>`
}

function honeycomb(p: Palette): string {
  const cells: string[] = []
  const r = 58
  for (let row = 0; row < 6; row++) {
    for (let col = 0; col < 6; col++) {
      const cx = 250 + col * r * 1.75 + (row % 2) * r * 0.875
      const cy = 290 + row * r * 1.5
      if (Math.hypot(cx - 500, cy - 560) > 300) continue
      const points = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i + Math.PI / 6
        return `${r1(cx + r * Math.cos(a))},${r1(cy + r * Math.sin(a))}`
      }).join(" ")
      const full = p.rand() > 0.25
      cells.push(`<polygon points="${points}" fill="${hsl(p.hue + p.jitter, 85, full ? 45 + p.rand() * 15 : 78)}" stroke="${hsl(p.hue, 70, 85)}" stroke-width="8"/>`)
    }
  }
  return `<ellipse cx="500" cy="620" rx="380" ry="200" fill="${hsl(p.hue + 160, 20, 92)}" stroke="${hsl(p.hue + 160, 20, 70)}" stroke-width="6"/>${cells.join("")}`
}

function fig(cx: number, cy: number, scale: number, angle: number, color: string, stem: string): string {
  return `<g transform="translate(${r1(cx)} ${r1(cy)}) rotate(${r1(angle)}) scale(${r1(scale * 100) / 100})">
<path d="M0 -95 C30 -95 25 -55 55 -20 C90 20 80 85 0 90 C-80 85 -90 20 -55 -20 C-25 -55 -30 -95 0 -95 Z" fill="${color}"/>
<path d="M-30 10 C-25 50 -5 70 20 75" stroke="#fff" stroke-opacity="0.25" stroke-width="10" fill="none"/>
<rect x="-7" y="-120" width="14" height="32" rx="6" fill="${stem}"/></g>`
}

function figs(p: Palette): string {
  const leaf = hsl(110, 40, 38)
  const items: string[] = [
    `<g transform="translate(500 420) rotate(-20)"><ellipse cx="0" cy="-120" rx="90" ry="150" fill="${leaf}"/><ellipse cx="-130" cy="-20" rx="80" ry="130" transform="rotate(-50 -130 -20)" fill="${leaf}"/><ellipse cx="130" cy="-20" rx="80" ry="130" transform="rotate(50 130 -20)" fill="${leaf}"/><path d="M0 150 L0 -200" stroke="${hsl(110, 35, 28)}" stroke-width="8"/></g>`,
    `<ellipse cx="500" cy="700" rx="320" ry="110" fill="${hsl(35, 45, 60)}"/><ellipse cx="500" cy="680" rx="300" ry="90" fill="${hsl(35, 50, 72)}"/>`,
  ]
  const count = 5 + Math.floor(p.rand() * 3)
  for (let i = 0; i < count; i++) {
    const x = 280 + (440 / (count - 1)) * i + (p.rand() - 0.5) * 30
    const y = 620 + (p.rand() - 0.5) * 60
    items.push(fig(x, y, 0.9 + p.rand() * 0.3, (p.rand() - 0.5) * 50, hsl(p.hue + p.jitter * 2, 35, 28 + p.rand() * 18), hsl(80, 30, 35)))
  }
  return items.join("")
}

function bowl(p: Palette): string {
  const clay = hsl(18 + p.jitter, 55, 48)
  return `<path d="M200 560 Q500 980 800 560 Z" fill="${clay}"/><ellipse cx="500" cy="560" rx="300" ry="70" fill="${hsl(18 + p.jitter, 50, 38)}"/>
<path d="M240 640 Q500 700 760 640" stroke="${hsl(45, 70, 85)}" stroke-width="14" fill="none" opacity="0.7"/>`
}

function nuts(p: Palette): string {
  const items = [bowl(p)]
  for (let i = 0; i < 26; i++) {
    const x = 260 + p.rand() * 480
    const y = 470 + p.rand() * 90 - Math.abs(x - 500) * 0.15
    items.push(`<path transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(p.rand() * 180)})" d="M0 -42 C26 -20 26 22 0 42 C-26 22 -26 -20 0 -42 Z" fill="${hsl(p.hue + p.jitter, 45, 38 + p.rand() * 16)}" stroke="${hsl(p.hue, 40, 25)}" stroke-width="3"/>`)
  }
  return items.join("")
}

function branch(x: number, y: number, angle: number, leafColor: string, stemWidth = 7): string {
  const leaves = Array.from({ length: 6 }, (_, i) => {
    const side = i % 2 === 0 ? -1 : 1
    return `<ellipse cx="${i * 45}" cy="${side * 24}" rx="46" ry="13" transform="rotate(${side * 30} ${i * 45} ${side * 24})" fill="${leafColor}"/>`
  }).join("")
  return `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M-20 0 L260 0" stroke="${hsl(30, 30, 35)}" stroke-width="${stemWidth}"/>${leaves}</g>`
}

function olives(p: Palette): string {
  const items = [branch(560, 250, 25, hsl(95, 25, 45)), bowl(p)]
  for (let i = 0; i < 22; i++) {
    const x = 270 + p.rand() * 460
    const y = 480 + p.rand() * 80 - Math.abs(x - 500) * 0.12
    const dark = p.rand() < 0.5
    items.push(`<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="34" ry="25" transform="rotate(${r1(p.rand() * 180)} ${r1(x)} ${r1(y)})" fill="${dark ? hsl(290, 20, 18) : hsl(p.hue + p.jitter, 55, 40)}"/><circle cx="${r1(x - 9)}" cy="${r1(y - 8)}" r="6" fill="#fff" opacity="0.4"/>`)
  }
  return items.join("")
}

function bottle(p: Palette): string {
  const oil = hsl(p.hue + p.jitter, 75, 45)
  return `<defs><linearGradient id="oil" x1="0" x2="1"><stop offset="0" stop-color="${oil}"/><stop offset="0.4" stop-color="${hsl(p.hue + p.jitter, 85, 62)}"/><stop offset="1" stop-color="${oil}"/></linearGradient></defs>
${branch(150, 700, -60, hsl(95, 25, 45))}
<path d="M450 170 L550 170 L550 330 Q650 380 650 470 L650 780 Q650 810 620 810 L380 810 Q350 810 350 780 L350 470 Q350 380 450 330 Z" fill="url(#oil)" stroke="${hsl(p.hue, 40, 25)}" stroke-width="6"/>
<rect x="440" y="120" width="120" height="70" rx="14" fill="${hsl(28, 45, 55)}"/>
<rect x="380" y="520" width="240" height="170" rx="14" fill="${hsl(45, 50, 93)}"/>
${branch(420, 620, -10, hsl(95, 30, 40), 4)}
<rect x="375" y="420" width="30" height="340" rx="15" fill="#fff" opacity="0.3"/>`
}

function soap(p: Palette): string {
  return `${bowl({ ...p, jitter: p.jitter + 8 })}
<path d="M270 560 Q300 420 420 440 Q520 360 620 440 Q730 430 730 560 Z" fill="${hsl(p.hue + p.jitter, 55, 18)}"/>
<path d="M380 470 Q450 430 520 450" stroke="#fff" stroke-opacity="0.35" stroke-width="14" fill="none" stroke-linecap="round"/>
<g transform="translate(700 330) rotate(20)"><rect x="-70" y="-90" width="140" height="180" rx="26" fill="${hsl(p.hue + 160, 30, 55)}"/>
<path d="M-60 -60 L60 -60 M-60 -20 L60 -20 M-60 20 L60 20 M-60 60 L60 60" stroke="${hsl(p.hue + 160, 30, 40)}" stroke-width="6"/></g>`
}

function herbs(p: Palette): string {
  const stems: string[] = []
  const count = 9 + Math.floor(p.rand() * 4)
  for (let i = 0; i < count; i++) {
    const angle = -38 + (76 / (count - 1)) * i + (p.rand() - 0.5) * 6
    const length = 380 + p.rand() * 90
    const green = hsl(p.hue + p.jitter + (p.rand() - 0.5) * 20, 35 + p.rand() * 15, 30 + p.rand() * 18)
    const leaves: string[] = []
    for (let j = 60; j < length; j += 38) {
      const side = (j / 38) % 2 < 1 ? -1 : 1
      leaves.push(`<ellipse cx="${side * 20}" cy="${-j}" rx="22" ry="10" transform="rotate(${side * 35} ${side * 20} ${-j})" fill="${green}"/>`)
    }
    if (p.rand() < 0.45) {
      leaves.push(`<circle cx="0" cy="${r1(-length)}" r="14" fill="${hsl(p.hue + 170, 50, 70)}"/>`)
    }
    stems.push(`<g transform="translate(500 760) rotate(${r1(angle)})"><path d="M0 0 L0 ${r1(-length)}" stroke="${hsl(90, 30, 30)}" stroke-width="6"/>${leaves.join("")}</g>`)
  }
  const twine = hsl(35, 55, 55)
  return `${stems.join("")}<rect x="452" y="676" width="96" height="26" rx="12" fill="${twine}"/>
<ellipse cx="478" cy="712" rx="24" ry="12" transform="rotate(-30 478 712)" fill="none" stroke="${twine}" stroke-width="8"/>
<ellipse cx="522" cy="712" rx="24" ry="12" transform="rotate(30 522 712)" fill="none" stroke="${twine}" stroke-width="8"/>`
}

function rug(p: Palette): string {
  const colors = [hsl(p.hue + p.jitter, 60, 42), hsl(p.hue + 210 + p.jitter, 45, 30), hsl(42, 80, 55), hsl(40, 40, 92)]
  const bands: string[] = []
  const rows = 7 + Math.floor(p.rand() * 4)
  const height = 600 / rows
  for (let i = 0; i < rows; i++) {
    const y = 200 + i * height
    const color = colors[(i + (i % 3 === 0 ? 2 : 0)) % colors.length]
    bands.push(`<rect x="230" y="${r1(y)}" width="540" height="${r1(height + 1)}" fill="${color}"/>`)
    if (i % 2 === 1) {
      for (let x = 260; x < 770; x += 60) {
        const cy = y + height / 2
        const d = Math.min(24, height / 2 - 4)
        bands.push(`<path d="M${x} ${r1(cy - d)} L${x + 24} ${r1(cy)} L${x} ${r1(cy + d)} L${x - 24} ${r1(cy)} Z" fill="${colors[(i + 2) % colors.length]}"/>`)
      }
    }
  }
  const fringe = Array.from({ length: 28 }, (_, i) => `M${r1(240 + i * 19.3)} 800 L${r1(240 + i * 19.3)} 840 M${r1(240 + i * 19.3)} 160 L${r1(240 + i * 19.3)} 200`).join(" ")
  return `<path d="${fringe}" stroke="${hsl(40, 40, 88)}" stroke-width="6"/>${bands.join("")}<rect x="230" y="200" width="540" height="600" fill="none" stroke="${colors[1]}" stroke-width="14"/>`
}

function star(cx: number, cy: number, r: number, fill: string, stroke: string): string {
  const square = (rotation: number) => `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" transform="rotate(${rotation} ${cx} ${cy})" fill="${fill}" stroke="${stroke}" stroke-width="8"/>`
  return square(0) + square(45)
}

function wood(p: Palette): string {
  const base = hsl(p.hue + p.jitter, 50, 45)
  const grain = Array.from({ length: 14 }, (_, i) => {
    const y = 240 + i * 40 + (p.rand() - 0.5) * 12
    return `<path d="M220 ${r1(y)} Q500 ${r1(y + (p.rand() - 0.5) * 40)} 780 ${r1(y)}" stroke="${hsl(p.hue + p.jitter, 45, 35)}" stroke-width="3" fill="none" opacity="0.6"/>`
  }).join("")
  return `<rect x="200" y="220" width="600" height="560" rx="26" fill="${base}"/>${grain}
<rect x="200" y="220" width="600" height="560" rx="26" fill="none" stroke="${hsl(p.hue, 45, 28)}" stroke-width="12"/>
${star(500, 500, 150, hsl(p.hue + p.jitter, 45, 55), hsl(p.hue, 45, 30))}
${star(500, 500, 80, hsl(p.hue + p.jitter, 50, 40), hsl(p.hue, 45, 28))}
<circle cx="500" cy="500" r="30" fill="${hsl(p.hue, 45, 28)}"/>
${[260, 740].flatMap((x) => [280, 720].map((y) => `<circle cx="${x}" cy="${y}" r="16" fill="${hsl(p.hue, 45, 30)}"/>`)).join("")}`
}

function embroidery(p: Palette): string {
  const thread = hsl(p.hue + p.jitter, 65, 38)
  const stitches: string[] = []
  const cell = 24
  // A Fez-style border: a stepped zig-zag of cross-stitches around a central eight-point motif.
  for (let i = 0; i < 22; i++) {
    const x = 236 + i * cell
    const steps = [0, 1, 2, 1][i % 4]
    for (const y of [260 + steps * cell, 716 - steps * cell]) {
      stitches.push(`M${x} ${y} l${cell - 6} ${cell - 6} M${x + cell - 6} ${y} l${-(cell - 6)} ${cell - 6}`)
    }
  }
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      if (Math.abs(dx) + Math.abs(dy) > 4 || (Math.abs(dx) + Math.abs(dy)) % 2 === 1) continue
      const x = 488 + dx * cell
      const y = 488 + dy * cell
      stitches.push(`M${x} ${y} l${cell - 6} ${cell - 6} M${x + cell - 6} ${y} l${-(cell - 6)} ${cell - 6}`)
    }
  }
  return `<rect x="200" y="220" width="600" height="560" fill="${hsl(45, 45, 95)}" stroke="${hsl(45, 25, 80)}" stroke-width="6"/>
<path d="${stitches.join(" ")}" stroke="${thread}" stroke-width="5" stroke-linecap="round"/>
<path d="M760 770 Q860 700 880 560" stroke="${thread}" stroke-width="5" fill="none"/>
<rect x="830" y="360" width="8" height="230" rx="4" transform="rotate(15 834 475)" fill="${hsl(210, 10, 60)}"/>`
}

const DRAW: Record<ImageKind, (palette: Palette) => string> = {
  jar,
  honeycomb,
  figs,
  nuts,
  olives,
  bottle,
  soap,
  herbs,
  rug,
  wood,
  embroidery,
}

/** What a product picture shows: the kind of object, and optionally its main hue (0–360). */
export type ImageSpec = { kind: ImageKind; hue?: number }

function palette({ kind, hue }: ImageSpec, seed: string): Palette {
  const rand = random(`${kind}:${seed}`)
  return { hue: hue ?? KIND_HUE[kind], jitter: Math.round((rand() - 0.5) * 24), rand }
}

/** The SVG of a product picture; `detail` gives a closer, second view for the gallery. */
export function productSvg(spec: ImageSpec, seed: string, detail = false): string {
  const { kind } = spec
  const p = palette(spec, seed)
  const scene = DRAW[kind](p)
  const bg = background({ ...p, hue: p.hue + (detail ? 140 : 0) }, detail ? "d" : "m")
  const body = detail ? `<g transform="translate(500 520) scale(1.45) translate(-500 -520)">${scene}</g>` : scene
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${bg}${body}</svg>`
}

async function toJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}

/** Main picture and a detail view of a product, as JPEG files ready to upload. */
export async function renderProductImages(spec: ImageSpec, handle: string): Promise<RenderedImage[]> {
  const [main, detail] = await Promise.all([toJpeg(productSvg(spec, handle)), toJpeg(productSvg(spec, handle, true))])
  return [
    { filename: `seed/products/${handle}.jpg`, mimeType: "image/jpeg", content: main },
    { filename: `seed/products/${handle}-detail.jpg`, mimeType: "image/jpeg", content: detail },
  ]
}

const EMBLEM: Record<Sector, (color: string) => string> = {
  honey: (c) =>
    `<ellipse cx="256" cy="270" rx="62" ry="82" fill="${c}"/><path d="M196 250 H316 M194 290 H318" stroke="#fff" stroke-width="16"/>
<ellipse cx="196" cy="190" rx="52" ry="34" transform="rotate(-30 196 190)" fill="#fff" opacity="0.85"/><ellipse cx="316" cy="190" rx="52" ry="34" transform="rotate(30 316 190)" fill="#fff" opacity="0.85"/>`,
  "figs-dried-fruit": (c) =>
    `<path d="M256 150 C290 150 284 200 316 236 C356 280 344 356 256 362 C168 356 156 280 196 236 C228 200 222 150 256 150 Z" fill="${c}"/><rect x="248" y="122" width="16" height="36" rx="7" fill="${c}"/>`,
  herbs: (c) =>
    `<path d="M256 370 L256 140" stroke="${c}" stroke-width="12"/>${[180, 220, 260, 300]
      .flatMap((y) => [-1, 1].map((s) => `<ellipse cx="${256 + s * 40}" cy="${y}" rx="42" ry="16" transform="rotate(${s * -30} ${256 + s * 40} ${y})" fill="${c}"/>`))
      .join("")}`,
  "olive-oil": (c) =>
    `<path d="M256 130 C256 130 346 250 346 300 C346 350 306 380 256 380 C206 380 166 350 166 300 C166 250 256 130 256 130 Z" fill="${c}"/><ellipse cx="226" cy="300" rx="22" ry="36" fill="#fff" opacity="0.45"/>`,
  crafts: (c) =>
    `<path d="M256 130 L382 256 L256 382 L130 256 Z" fill="none" stroke="${c}" stroke-width="22"/><path d="M256 190 L322 256 L256 322 L190 256 Z" fill="${c}"/>`,
}

/** A square badge for a cooperative: its sector's emblem on a colour of its own. */
export async function renderCooperativeLogo(handle: string, sector: Sector): Promise<RenderedImage> {
  const rand = random(`logo:${handle}`)
  const hue = Math.floor(rand() * 360)
  const ring = Array.from({ length: 24 }, (_, i) => {
    const a = (Math.PI * 2 * i) / 24
    return `<circle cx="${r1(256 + 205 * Math.cos(a))}" cy="${r1(256 + 205 * Math.sin(a))}" r="7" fill="#fff" opacity="0.8"/>`
  }).join("")
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 512 512">
<rect width="512" height="512" fill="${hsl(hue, 45, 93)}"/>
<circle cx="256" cy="256" r="236" fill="${hsl(hue, 55, 38)}"/>${ring}
<circle cx="256" cy="256" r="180" fill="${hsl(hue, 45, 95)}"/>${EMBLEM[sector](hsl(hue, 55, 38))}</svg>`
  const content = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
  return { filename: `seed/cooperatives/${handle}.png`, mimeType: "image/png", content }
}
