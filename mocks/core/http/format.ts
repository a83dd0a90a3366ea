/** Small response helpers shared by the HTTP core. */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A list as a stream, one item at a time: a list's text can outgrow the
 * longest string V8 can build ("Invalid string length") long before memory
 * runs out, so no list is ever serialized in one piece.
 */
export function jsonList(head: Record<string, unknown>, items: readonly unknown[], status = 200): Response {
  const encoder = new TextEncoder();
  const prefix = JSON.stringify({ ...head, items: [] }).replace(/\]\}$/, '');
  let index = -1;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index === -1) controller.enqueue(encoder.encode(prefix));
      else if (index < items.length) controller.enqueue(encoder.encode((index > 0 ? ',' : '') + JSON.stringify(items[index])));
      else {
        controller.enqueue(encoder.encode(']}'));
        controller.close();
      }
      index++;
    },
  });
  return new Response(stream, { status, headers: { 'content-type': 'application/json' } });
}

/** Kubernetes' short human durations as kubectl prints them in AGE columns. */
export function humanDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (days < 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (days < 365 * 2) return `${days}d`;
  return `${Math.floor(days / 365)}y`;
}
