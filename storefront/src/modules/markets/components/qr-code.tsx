import { qrSymbol } from "../lib/qr"

/**
 * A QR code drawn on the server as inline SVG: dark modules on a white square with its quiet zone,
 * `crispEdges` so neither screens nor printers blur the modules. `label` is its accessible name.
 */
export function QrCode({ value, label, testId, className }: { value: string; label: string; testId?: string; className?: string }) {
  const { size, path } = qrSymbol(value)
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      data-testid={testId}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
