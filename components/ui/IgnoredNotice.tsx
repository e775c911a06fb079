/** Says which parts of a shared link were left out, so a tampered or outdated link never fails silently. */
export function IgnoredNotice({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <div role="alert" className="no-print rounded border-2 border-ink p-3">
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
