// Nodeling's service worker: answers preview URLs
// (/__nodeling__/<pod>/<port>/<path>) by asking the page that owns the pod,
// and keeps a previewed page's absolute links (/about, fetch('/api')) inside
// its preview. It keeps nothing it cannot rebuild: the owner of a pod is
// found again by asking every window when the browser restarts this worker.

const PREFIX = '/__nodeling__/';
const ANSWER_TIMEOUT_MS = 30000;
const owners = new Map();

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function parsePreview(url) {
  const { pathname, search } = new URL(url);
  if (!pathname.startsWith(PREFIX)) return null;
  const [pod, port, ...rest] = pathname.slice(PREFIX.length).split('/');
  if (!pod || !/^\d+$/.test(port)) return null;
  return { pod, port: Number(port), path: `/${rest.join('/')}${search}` };
}

// A request from inside a preview to an absolute path belongs to that
// preview: its referrer names the preview, or else its client's URL does
// (for pages that send no referrer).
async function previewOf(event) {
  const url = new URL(event.request.url);
  const direct = parsePreview(url.href);
  if (direct) return direct;
  let from = event.request.referrer ? parsePreview(event.request.referrer) : null;
  if (!from && event.clientId) {
    const client = await self.clients.get(event.clientId);
    from = client ? parsePreview(client.url) : null;
  }
  return from && { pod: from.pod, port: from.port, path: url.pathname + url.search };
}

const WHO_TIMEOUT_MS = 3000;

// The window that runs `pod`: remembered, or found by asking every window.
async function ownerOf(pod) {
  const known = owners.get(pod);
  if (known) {
    const client = await self.clients.get(known);
    if (client) return client;
  }
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return new Promise((resolve) => {
    let unanswered = windows.length;
    const timer = setTimeout(() => resolve(null), WHO_TIMEOUT_MS);
    const settle = (client) => {
      clearTimeout(timer);
      resolve(client);
    };
    if (unanswered === 0) settle(null);
    for (const client of windows) {
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }) => {
        if (data.owns) {
          owners.set(pod, client.id);
          settle(client);
        } else if (--unanswered === 0) {
          settle(null);
        }
      };
      client.postMessage({ type: 'nodeling-who', pod }, [channel.port2]);
    }
  });
}

function plain(status, text) {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

async function forward(event, preview) {
  const request = event.request;
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  const headers = [];
  request.headers.forEach((value, name) => headers.push(name, value));
  const owner = await ownerOf(preview.pod);
  if (owner === null) return plain(502, `Pod ${preview.pod} is not running: no open page owns it.`);
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    let controller = null;
    const timeout = setTimeout(() => {
      resolve(plain(504, `No answer from pod ${preview.pod} on port ${preview.port}: is the page that runs it still open?`));
    }, ANSWER_TIMEOUT_MS);
    const receive = (data) => {
      if (data.type === 'head') {
        clearTimeout(timeout);
        const stream = new ReadableStream({
          start(c) {
            controller = c;
          },
        });
        const nullBody = [101, 204, 205, 304].includes(data.status) || request.method === 'HEAD';
        resolve(new Response(nullBody ? null : stream, { status: data.status, statusText: data.statusText, headers: data.headers }));
      } else if (data.type === 'body') {
        controller?.enqueue(data.chunk);
      } else if (data.type === 'end') {
        controller?.close();
        channel.port1.close();
      }
    };
    channel.port1.onmessage = ({ data }) => data.forEach(receive);
    const message = { type: 'nodeling-request', pod: preview.pod, port: preview.port, method: request.method, path: preview.path, headers, body };
    owner.postMessage(message, [channel.port2]);
  });
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  // Only requests that belong to a preview are ours. A same-origin referrer
  // says at once whether a request comes from one; the rest go straight to
  // the network without a detour through this worker.
  const referrer = event.request.referrer;
  if (!url.pathname.startsWith(PREFIX)) {
    if (referrer && !parsePreview(referrer)) return;
    if (!referrer && !event.clientId && event.request.destination !== 'iframe') return;
  }
  event.respondWith(
    previewOf(event).then((preview) => {
      if (!preview) return fetch(event.request);
      // A page inside a preview that navigates to /about must land on the
      // preview's own URL, or its next requests would leave the preview.
      if (event.request.mode === 'navigate' && !url.pathname.startsWith(PREFIX)) {
        return Response.redirect(`${self.location.origin}${PREFIX}${preview.pod}/${preview.port}${preview.path}`, 302);
      }
      return forward(event, preview);
    }),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'nodeling-owner') owners.set(event.data.pod, event.source.id);
});
