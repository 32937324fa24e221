/** A small decorative pictogram per top-level category; a khatam star for the others. */
export function CategoryIcon({ handle }: { handle: string }) {
  const common = { viewBox: "0 0 48 48", width: 48, height: 48, "aria-hidden": true, focusable: false } as const
  switch (handle) {
    case "honey":
      return (
        <svg {...common} className="category-icon">
          <path d="M24 6l13 7.5v15L24 36l-13-7.5v-15z" fill="currentColor" opacity=".85" />
          <path d="M24 18l5 3v6l-5 3-5-3v-6z" fill="var(--color-surface)" />
        </svg>
      )
    case "figs-dried-fruit":
      return (
        <svg {...common} className="category-icon">
          <path d="M24 8c2 4 12 10 12 20a12 12 0 0 1-24 0c0-10 10-16 12-20z" fill="currentColor" opacity=".85" />
          <path d="M24 8c0-2 2-4 4-4" stroke="currentColor" strokeWidth="2.5" fill="none" strokeLinecap="round" />
        </svg>
      )
    case "herbs":
      return (
        <svg {...common} className="category-icon">
          <path d="M10 38C10 20 22 10 38 10c0 16-10 28-28 28z" fill="currentColor" opacity=".85" />
          <path d="M12 36L32 16" stroke="var(--color-surface)" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
      )
    case "olive-oil":
      return (
        <svg {...common} className="category-icon">
          <path d="M24 6c6 10 12 16 12 24a12 12 0 0 1-24 0c0-8 6-14 12-24z" fill="currentColor" opacity=".85" />
          <ellipse cx="20" cy="30" rx="3" ry="5" fill="var(--color-surface)" opacity=".7" />
        </svg>
      )
    case "crafts":
      return (
        <svg {...common} className="category-icon">
          <rect x="8" y="8" width="32" height="32" rx="3" fill="currentColor" opacity=".85" />
          <path
            d="M8 16h32M8 24h32M8 32h32M16 8v32M24 8v32M32 8v32"
            stroke="var(--color-surface)"
            strokeWidth="2"
            opacity=".8"
          />
        </svg>
      )
    default:
      return (
        <svg {...common} className="category-icon">
          <rect x="11" y="11" width="26" height="26" rx="2" fill="currentColor" opacity=".85" />
          <rect x="11" y="11" width="26" height="26" rx="2" fill="currentColor" opacity=".85" transform="rotate(45 24 24)" />
        </svg>
      )
  }
}
