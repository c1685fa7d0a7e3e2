const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": JSON_TYPE, "x-request-id": requestId, ...headers },
  });
}

export function errorBody(errors: string[], extra: { errorType?: string; data?: unknown } = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { status: false, errors };
  if (extra.errorType) body.error_type = extra.errorType;
  if (extra.data !== undefined) body.data = extra.data;
  return body;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Express's default 404 page, as the live API serves it for unknown routes (§1.5). */
export function html404(method: string, fullPath: string, requestId: string): Response {
  const body = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Error</title>
</head>
<body>
<pre>Cannot ${escapeHtml(method)} ${escapeHtml(fullPath)}</pre>
</body>
</html>
`;
  return new Response(body, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "x-request-id": requestId, "content-security-policy": "default-src 'none'" },
  });
}
