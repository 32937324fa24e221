/** Text from the backend, one paragraph per blank-line or line-break separated block. */
export function Paragraphs({ text, className }: { text: string | null | undefined; className?: string }) {
  const blocks = (text ?? "")
    .split(/\n+/)
    .map((block) => block.trim())
    .filter(Boolean)
  if (blocks.length === 0) {
    return null
  }
  return (
    <div className={className}>
      {blocks.map((block, index) => (
        <p key={index}>{block}</p>
      ))}
    </div>
  )
}
