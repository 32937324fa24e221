import QRCode from "qrcode"

/** Light modules around the symbol: the quiet zone the QR standard asks for. */
const QUIET_ZONE = 4

export type QrSymbol = {
  /** Width and height in modules, quiet zone included (the SVG's viewBox). */
  size: number
  /** One SVG path drawing the dark modules, a rectangle per run on each row. */
  path: string
}

/**
 * A QR code for `text` as an SVG path, drawn on the server: no script or image request in the
 * browser, sharp at any print size. Error correction M (15 %) survives a crease or a smudge on a
 * printed sheet.
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row += 1) {
    // One rectangle per run of dark modules on a row keeps the path short.
    let column = 0
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1
        continue
      }
      const start = column
      while (column < modules.size && modules.get(row, column)) {
        column += 1
      }
      const run = column - start
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`)
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join("") }
}
