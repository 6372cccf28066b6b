/** Errors that belong to no single field (the engine is down, the stream was deleted). */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="banner banner-error span-2">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
