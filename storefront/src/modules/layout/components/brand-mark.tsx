/** An eight-pointed star (khatam), drawn inline: no request, no font. Decorative. */
export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect x="7" y="7" width="18" height="18" rx="1.5" fill="currentColor" />
      <rect x="7" y="7" width="18" height="18" rx="1.5" fill="currentColor" transform="rotate(45 16 16)" />
      <circle cx="16" cy="16" r="4.5" fill="var(--color-surface)" />
    </svg>
  )
}
