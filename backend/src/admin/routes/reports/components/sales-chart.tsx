import { Text } from "@medusajs/ui"
import type { SalesSeriesPoint } from "../../../../api/admin/reports/types"

type Props = {
  points: SalesSeriesPoint[]
  /** Formats an amount for the bars' titles. */
  format: (amount: number) => string
  label: string
  empty: string
}

const HEIGHT = 160
const GAP = 2

/**
 * Revenue per day as SVG bars (no chart library): one bar per Moroccan day, its value in the
 * bar's title. Drawn left to right whatever the reading direction, like a time axis.
 */
export const SalesChart = ({ points, format, label, empty }: Props) => {
  const max = Math.max(0, ...points.map((point) => point.revenue))
  if (!points.length || max === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    )
  }
  const width = Math.max(points.length * 12, 300)
  const barWidth = width / points.length - GAP
  return (
    <figure className="px-6 py-4" dir="ltr">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        className="h-40 w-full"
        preserveAspectRatio="none"
        data-testid="sales-chart"
      >
        {points.map((point, index) => {
          const height = (point.revenue / max) * HEIGHT
          return (
            <rect
              key={point.day}
              x={index * (barWidth + GAP)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx={1}
              className="fill-ui-fg-interactive"
            >
              <title>{`${point.day}: ${format(point.revenue)} (${point.orders})`}</title>
            </rect>
          )
        })}
        <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} className="stroke-ui-border-base" strokeWidth={1} />
      </svg>
      <figcaption className="txt-compact-xsmall text-ui-fg-subtle flex justify-between pt-1">
        <span>{points[0].day}</span>
        <span>{points[points.length - 1].day}</span>
      </figcaption>
    </figure>
  )
}
