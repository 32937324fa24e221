import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Figure = {
  key: string
  label: string
  value: ReactNode
  /** `data-testid` of the value. */
  testId: string
  /** Shown as money owed, in the error colour. */
  negative?: boolean
}

/** Labelled figures in a row (a statement's balances, an import's counts). */
export const FigureGrid = ({ figures }: { figures: Figure[] }) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
    {figures.map((figure) => (
      <div key={figure.key}>
        <Text size="small" className="text-ui-fg-subtle">
          {figure.label}
        </Text>
        <Text
          weight="plus"
          data-testid={figure.testId}
          data-owed={figure.negative ? true : undefined}
          className={figure.negative ? "text-ui-fg-error" : undefined}
        >
          {figure.value}
        </Text>
      </div>
    ))}
  </div>
)
