/**
 * Downloads one of the server's office files (README, "Office documents") with the reader's own token, and saves it
 * under the name the server gave. Returns null when saved, or the server's reason (in Chinese) when refused.
 */
export async function downloadFile(path: string, token: string | null, fallbackName: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    return '网络连接失败，请稍后重试';
  }
  if (!res.ok) {
    const answer = (await res.json().catch(() => null)) as {
      errors?: { message: string; extensions?: { reason?: string } }[];
    } | null;
    const error = answer?.errors?.[0];
    return error?.extensions?.reason ?? error?.message ?? `下载失败（HTTP ${res.status}）`;
  }
  const named = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
  const name = named ? decodeURIComponent(named[1] ?? '') : fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}
